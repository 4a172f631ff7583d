<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CheckCalculationPanel</name>
    <message>
        <source>Which training point to work through by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different training point at random, with empty blanks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the values typed so far, in order, up to the first wrong one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more hint for the first blank that is not right yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the first blank that is not right yet, worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty every blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights or settings changed, so the blanks now ask for the new numbers. Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work out each number in order and type it in; then press Check. Four significant digits are plenty: within 2% (or 0.01) counts as right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output {activation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden {layer} {activation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Inputs&lt;/b&gt; (as the network sees them): {inputs}. &lt;b&gt;Target&lt;/b&gt;: {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Loss&lt;/b&gt;: {loss}. &lt;b&gt;Learning rate&lt;/b&gt; η = {learning_rate}. &lt;b&gt;Activations&lt;/b&gt;: {layers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight to follow through backpropagation and the update: &lt;b&gt;{weight}&lt;/b&gt; = {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your value of {label}: {formula}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step}, {label}: &apos;{typed}&apos; is not a number. Type it like {example} or 1.5e-3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} right so far. Next: {step}, {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {total} values are right: this is exactly what one training step computes for this point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value is right; no hints needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint {n} of {total} for {label}: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in {label}. Carry on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every blank is empty again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareChallenge</name>
    <message>
        <source>{title}. Goal: {goal}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal met: well done. {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this time: {status}. Change a setting and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%Ln attempt(s) so far, goal met in {met}.)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause the chosen copies together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every copy back to the same starting weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start confidently wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start confidently wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every copy starts out saying one class for every point, 99.8% sure (the output bias set to 6): confidently wrong about every point of the other class. Switching starts the runs over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train and show the copy that minimises {loss}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{loss} run: {loss} loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{loss} run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training loss (each run&apos;s own loss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{accuracy} test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test R² {r2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{loss} · epoch {epoch} · {shown}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvCounts</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feature column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Classification with %Ln classes: {names}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import CSV data: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import CSV data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the file has been read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem with the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column the network learns to predict; every other column is an input and must hold numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification predicts a class (text, or a few whole numbers); regression predicts a number. Auto-detect decides from the target column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview of the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first {rows} rows of the file, numbered by their line in the file; the target column is highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use this data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on this file instead of the data loaded now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without changing the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file again with this choice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be used as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This choice of target and task does not work for this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the file, numbered by line; the cell the message points at is marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first {shown} of %Ln row(s). Every column but the target is an input and must hold numbers; the target (highlighted) may be text.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the target: what the network learns to predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem is here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataCounts</name>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln input(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data the network learns from: a built-in set, or your CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load your own table from a CSV file (Ctrl+O): numeric input columns and one target column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in data sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data set {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise, 0% to 50%: how much the points stray from the clean pattern (TF Playground&apos;s noise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many points to generate, {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed the points are drawn with: the same seed gives the same points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regenerate data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw fresh points with the next seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training data share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the rows used for training, 10% to 90%; the rest test how well the network does on data it has not seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open CSV data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV data (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training data {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tip} Only for built-in sets: a CSV file&apos;s rows are what they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your CSV file: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LandscapeDialog</name>
    <message>
        <source>Press Compute to map the loss around the current weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid points along each direction: more is finer and slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far to look along each direction, in units of the weights&apos; own size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds the two random directions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the slice at the current weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop computing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α  (random direction 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β  (random direction 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log₁₀ loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing {count} losses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compute the landscape: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss here: {here}. Lowest on this slice: {low}, highest: {high}. The star marks the current weights; the white line is the path training took, projected onto this plane.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictPanel</name>
    <message>
        <source>Predict first, then train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many more epochs the prediction is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The band you expect the training loss to end in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the test loss will rise: overfitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will keep falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will rise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit my prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the prediction down; then train to see the truth beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your earlier predictions in this lesson, with what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test loss on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict, then run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw my boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then drag on the output view&apos;s plane to draw where the network&apos;s decision boundary will end up, or click corner after corner. Escape clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the line you drew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How close was I?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare your line with the network&apos;s boundary now. It is also compared when a run stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict the boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in challenges, each with a goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up this challenge (your current work is replaced) and check its goal as you train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your attempts at this challenge, best first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a band or a test-loss answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your prediction: {prediction}. Now train to epoch {epoch}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run started over, so the prediction was dropped. Predict again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You predicted: {prediction}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data changed, so the prediction was dropped. Predict again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you train, press Draw my boundary and draw on the output view where the network will separate the classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing a boundary needs data with two inputs and classes, such as circle or xor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said: {prediction}. {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No challenges found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: {goal}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This challenge is checked in the Compare window: open Train → Compare losses… and train both runs there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under way: train, and change what you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is over: another lesson or file was opened. Press Start challenge to try it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal met at epoch {epoch}. Well done. {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch {epoch} came without the goal: {status}. Change something and start the challenge again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RacePrediction</name>
    <message>
        <source>Predict first: which run reaches {share} test accuracy first (by epoch {epoch})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which run will reach {share} test accuracy first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your prediction down, then press Train both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said: {choice}. Now train both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} First to {share} test accuracy: {winner}. You said {guess}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationCurve</name>
    <message>
        <source>Train is measured on the rows the weights are fitted to, test on unseen rows: test rising while train falls means memorizing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train falls because the weights fit those rows; validation and test are unseen rows, so when they rise while train falls, the network is memorizing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the curves differ. Validation rows are set aside from the training rows (More settings → Validation rows); early stopping watches them, so the test rows stay a fair final check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The epoch with the lowest validation loss: “Go to best epoch” puts its weights back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stopping ended the run here and went back to the best epoch&apos;s weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch {epoch}. {tip}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>Comparing losses needs two that fit this data, and only {loss} fits a classification task. Load other data to compare losses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing losses needs two that fit this data, and only {loss} fits a regression task. Load other data to compare losses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same network, same starting weights, same data and optimizer; only the loss differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind a sigmoid, MSE&apos;s gradient is multiplied by the sigmoid&apos;s slope p(1 − p), which is almost 0 when the network is confidently wrong, so MSE learns slowly exactly where it is most wrong. Cross-entropy&apos;s gradient is simply p − y. Started confidently wrong, the cross-entropy run recovers within a few epochs while the MSE run barely moves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csv_dialog</name>
    <message>
        <source>Loss Explorer could not read this file because of an unexpected problem ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression of &apos;{target}&apos; (from {low} to {high})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data_panel</name>
    <message>
        <source>{names} and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{train} train / {validation} validation / {test} test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{train} train / {test} test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classification ({classes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classification of &apos;{target}&apos; ({classes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regression ({low} to {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regression of &apos;{target}&apos; ({low} to {high})</source>
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
    <name>worksheet</name>
    <message>
        <source>Name  ______________________________        Date  ______________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: {layers}     Loss: {loss}     Learning rate: η = {learning_rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample (training point {number}, inputs as the network sees them): {inputs}     Target: {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashed line is the weight w* asked for below. Each line&apos;s number is its weight; b is each neuron&apos;s bias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the lines are crowded, the table after the diagram lists the weights and biases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden layer {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights from {source} (rows) to {destination} (columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper is a4 or letter; got {paper!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss Explorer worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet {sheet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One training step by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work out each number in order, from the network&apos;s weights and the sample above. Write 4 significant digits; answers within 2% (or 0.01) count as right. δ is ∂L/∂z, the neuron&apos;s error signal; f′(z) is its activation&apos;s slope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s numbers, rounded to 4 significant digits. An answer within 2% (or 0.01) of these is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss Explorer · {title} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
