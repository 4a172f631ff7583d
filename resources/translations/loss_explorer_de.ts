<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved moments of training. Double-click one to go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the weights, the curve and the settings as they are now (Ctrl+B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the selected moment; change settings and train to branch from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the selected bookmark.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarlyStoppingControls</name>
    <message>
        <source>Stop early after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stopping, as in Keras and scikit-learn: pause once the validation loss has not improved for this many epochs, and go back to the weights of the epoch where it was lowest. Needs validation rows; a tenth of the training rows is set aside if there are none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patience: epochs without a better validation loss before training stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the training rows set aside for validation: the network never trains on them, so their loss shows when it starts to memorize. The test rows stay untouched. Changing it makes a new split and fresh weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to best epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the weights of the epoch with the lowest validation loss. The curve stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Now %n row(s) ({share} of the training split).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Now none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an experiment (.json) or a CSV data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load your own data from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the experiment under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss curve as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss curve as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss curve as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights as NPZ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as Python…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this run as one Python script that repeats it (numpy or PyTorch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print worksheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF of one training step to work out by hand, with its answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh weights from the seed; clears the curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare losses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train copies side by side from the same weights, one per loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss landscape…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 2-D slice of the loss surface around the current weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the weights, curve and settings to come back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear earlier runs&apos; curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the faded curves of earlier runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, big text and lines, fewer controls: for a projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger text and lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text and lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text and lines at normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Loss Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss formula with this moment&apos;s numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow one point through forward, loss, backward and update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in lessons, and saving your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moments of training to go back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabs to the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabs to the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom {zoom} does not fit this screen ({width}×{height}); {fitted} is the largest that does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Loss Explorer&lt;/b&gt;&lt;p&gt;Draw a network, pick a loss, and watch backpropagation lower it.&lt;p&gt;Loss measures how wrong the network is; 0 would be perfect.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments and data (*.json *.csv *.tsv *.txt);;Experiments (*.json);;CSV data (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open this experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be opened because of an unexpected error (written to the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Your previous file, if any, is unchanged. Choose another folder or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This experiment has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Readouts</name>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speed} epochs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss on the training points: how wrong the network is there; 0 would be perfect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss on points the network never trains on: how well it generalises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{loss} (standardized)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <source>Start or pause training (Space). Pausing keeps the weights; Train goes on from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take one training step: forward, loss, backward, update (one batch or one epoch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one press of Step trains: one batch or one whole epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again from fresh weights drawn from the seed, and clear the curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss: how wrong the network is. MSE for numbers, cross-entropy for classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formula of the loss that is being minimised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate η: how far each update moves the weights, w ← w − η·∂L/∂w.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples per training step (minibatch size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the gradient moves the weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A penalty on big weights: L1 pushes weights to exactly 0, L2 shrinks them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strongly big weights are penalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training speed: from slow motion (one step a second, to watch in class) to full speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause automatically at this epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The epoch at which training pauses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause automatically once the training loss is this low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training loss at which training pauses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when train loss ≤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularization</source>
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
        <source>This loss does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This loss needs another output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)/s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <source>Light theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the light theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-contrast theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the high-contrast theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookmarks</name>
    <message>
        <source>train loss {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untrained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {epoch} · {loss_text} · {loss} · lr {rate} · {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>earlier_runs</name>
    <message>
        <source>other data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{loss} loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no regularization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layers {sizes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{activation} output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier run: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>early_stopping</name>
    <message>
        <source>No validation yet: train an epoch with validation rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest validation loss at epoch {epoch}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at epoch {epoch} and went back to it.</source>
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
    <name>messages</name>
    <message>
        <source>{reason}

Switch the output layer to {fitting} and use {loss}? The hidden layers keep their weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training blew up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: with Adam or momentum, try a learning rate 10 times smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate is too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training loss is jumping up and down instead of falling (now {loss}, best {best}): each step at learning rate {learning_rate} overshoots the valley. Pause and lower the learning rate, to {lower} say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped because of an error inside Loss Explorer: {error}. Your network and data are unchanged. The details are in the log file {log_path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open this CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

The data you had before is still loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number. Type a weight such as 0.5 or -1.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {limit} hidden layers: this is a network you can still see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {limit} neurons in a layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network needs at least one input feature; switch another one on first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss Explorer hit an unexpected error and kept running: {error}

Your work is still open. Details were written to {log_path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>Your current work is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>target_units</name>
    <message>
        <source>The network works on standardized targets; here in {target} units.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teaching_files</name>
    <message>
        <source>numpy script, needs only numpy (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch script (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported, with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}; run it with: python {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}: sheet {seed}; worksheet pages: {pages}, answer-key pages: {key_pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
