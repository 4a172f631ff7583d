<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>FormulaPanel</name>
    <message>
        <source>loss formula with numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss being minimised, with the numbers of the first training points plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>network diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs on the left, hidden layers in the middle, the output on the right. Edge width shows the size of each weight; blue is positive, orange negative. Click an input to switch it, click an edge to type a new weight. With the keyboard: arrows move, Enter switches an input or edits a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number and press Enter; Escape cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FEATURES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a feature to switch it on or off as an input of the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network predicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a neuron from hidden layer {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a neuron to hidden layer {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation of hidden layer {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation of hidden layer {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hidden layer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network has %n hidden layer(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add a hidden layer after the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no hidden layers to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hidden layer {layer} has %n neuron(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a neuron from hidden layer {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A layer keeps at least one neuron; remove the whole layer with − above instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a neuron to hidden layer {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output layer&apos;s activation: {tip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n neuron(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>class {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputView</name>
    <message>
        <source> Showing a sample of {shown} of {total} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger dot = bigger loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger dot = bigger loss (medium: {guess}, the {loss} of a blind guess)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark rim: test point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training point: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test point: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target: {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction: P({name}) = {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction: P({name}) = {p}, most likely {best} ({p_best})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss ({loss}): {term}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction: {prediction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>squared error: ({target} − {prediction})² = {squared}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss ({loss}, on the standardised target): {term}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision boundary: {share} of test points on the right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision boundary: {share} of training points on the right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted against actual: R² {r2} on test points (1 is a perfect fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted against actual: R² {r2} on training points (1 is a perfect fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input {name} (standardised), as the network sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output neuron {unit} ({activation})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuron {unit} of hidden layer {layer} ({activation})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue: the neuron&apos;s value is positive, orange: negative, pale: near 0. {dots}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network output: P({name}) over the input plane, line at P = 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange: it says “{one}”, blue: “{other}”. {dots}. {rims}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network output: the most likely class (paler where unsure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines: where the most likely class changes. {dots}. {rims}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue: positive, orange: negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue: above {mean} (the mean target), orange: below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network output: the predicted value over the input plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{colors} (dots: their targets). {dots}. {rims}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted value: R² {r2} on test points (1 is a perfect fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted value: R² {r2} on training points (1 is a perfect fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network output: P({name}) along {feature}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dots}. {rims}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network output: the fitted curve; red squares: the squared errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side = the miss, area = the miss squared: a miss of 2 costs 4. The {n} squares add up to {sum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> = {n} × the training {loss} {mean}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> = {n} × the training {loss} in {target} units, {mean} {units} (the network works on standardized targets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. {dots}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{neuron} (dashed), over the network output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fitted curve: R² {r2} on test points (1 is a perfect fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fitted curve: R² {r2} on training points (1 is a perfect fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted against actual: on the dashed line the network is exactly right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R² on test points = {test}, on training points = {train} (1 is a perfect fit, 0 no better than guessing the mean). Filled: training point, hollow: test point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix of the test points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network gets {right} of {total} test points right ({share}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix of the training points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network gets {right} of {total} training points right ({share}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confusion matrix: {share} of test points in the right class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confusion matrix: {share} of training points in the right class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepThroughPanel</name>
    <message>
        <source>Show on the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step through active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this sample&apos;s numbers on the network diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which training point to follow through one training step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another training point at random.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous stage (Left arrow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next stage (Right arrow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the weights to the updated values shown: one gradient step on this point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work this training step out by hand and type your numbers in; each is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
</context>
<context>
    <name>formula_panel</name>
    <message>
        <source>(0 would be perfect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first points: {labels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{note} This loss is {in_units}; the first targets are {shown}, written above as (y − {mean}) / {scale}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>step_through</name>
    <message>
        <source>{inputs} · target: {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs standardized, as the network sees them: {inputs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs as the network sees them: {inputs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · target {target} (standardized)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
