<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CompareChallenge</name>
    <message numerus="yes">
        <source>(%Ln attempt(s) so far, goal met in {met}.)</source>
        <translation>
            <numerusform>(%Ln attempt so far, goal met in {met}.)</numerusform><numerusform>(%Ln attempts so far, goal met in {met}.)</numerusform></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message numerus="yes">
        <source>The first {shown} of %Ln row(s). Every column but the target is an input and must hold numbers; the target (highlighted) may be text.</source>
        <translation>
            <numerusform>The first {shown} of %Ln row. Every column but the target is an input and must hold numbers; the target (highlighted) may be text.</numerusform><numerusform>The first {shown} of %Ln rows. Every column but the target is an input and must hold numbers; the target (highlighted) may be text.</numerusform></translation>
    </message>
</context>
</TS>