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
    <name>CsvCounts</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform><numerusform>%Ln rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln feature column(s)</source>
        <translation>
            <numerusform>%Ln feature column</numerusform><numerusform>%Ln feature columns</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Classification with %Ln classes: {names}</source>
        <translation>
            <numerusform>Classification with %Ln classes: {names}</numerusform><numerusform>Classification with %Ln classes: {names}</numerusform></translation>
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
<context>
    <name>DataCounts</name>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform><numerusform>%Ln points</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform><numerusform>%Ln rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln input(s)</source>
        <translation>
            <numerusform>%Ln input</numerusform><numerusform>%Ln inputs</numerusform></translation>
    </message>
</context>
<context>
    <name>EarlyStoppingControls</name>
    <message numerus="yes">
        <source>Now %n row(s) ({share} of the training split).</source>
        <translation>
            <numerusform>Now %n row ({share} of the training split).</numerusform><numerusform>Now %n rows ({share} of the training split).</numerusform></translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message numerus="yes">
        <source>%n hidden layer(s)</source>
        <translation>
            <numerusform>%n hidden layer</numerusform><numerusform>%n hidden layers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The network has %n hidden layer(s).</source>
        <translation>
            <numerusform>The network has %n hidden layer.</numerusform><numerusform>The network has %n hidden layers.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Hidden layer {layer} has %n neuron(s).</source>
        <translation>
            <numerusform>Hidden layer {layer} has %n neuron.</numerusform><numerusform>Hidden layer {layer} has %n neurons.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n neuron(s)</source>
        <translation>
            <numerusform>%n neuron</numerusform><numerusform>%n neurons</numerusform></translation>
    </message>
</context>
<context>
    <name>OutputView</name>
    <message numerus="yes">
        <source>(and %n more point(s) here)</source>
        <translation>
            <numerusform>(and %n more point here)</numerusform><numerusform>(and %n more points here)</numerusform></translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message numerus="yes">
        <source>%n step(s)/s</source>
        <translation>
            <numerusform>%n step/s</numerusform><numerusform>%n steps/s</numerusform></translation>
    </message>
</context>
</TS>