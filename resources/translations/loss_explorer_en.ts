<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>