<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EarlyStoppingControls</name>
    <message numerus="yes">
        <source>Now %n row(s) ({share} of the training split).</source>
        <translation>
            <numerusform>Now %n row ({share} of the training split).</numerusform><numerusform>Now %n rows ({share} of the training split).</numerusform></translation>
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