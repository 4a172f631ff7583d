<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>activations</name>
    <message>
        <source>linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear passes its input on unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanh squashes its input into -1..1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sigmoid squashes its input into 0..1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU passes positive inputs and turns negative ones into 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU passes positive inputs and shrinks negative ones to 1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softmax turns the outputs into probabilities that add up to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown activation {name!r}; choose one of {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csv_reader</name>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is not a file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>got {kind}, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it starts like UTF-16 text but is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains NUL bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is full of control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class in column {column!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of column {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data_errors</name>
    <message>
        <source>{n} row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no built-in data set called {name!r}. Choose one of: {valid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of samples must be a whole number from {low} to {high}, not {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise must be a number from 0 to 1 (0% to 100%), not {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed must be a whole number of 0 or more, not {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not found: &apos;{path}&apos;. Check the name and the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder, not a file. Choose a CSV file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &apos;{path}&apos;: permission denied. Check the file&apos;s permissions, or copy it somewhere you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is {what}, not a regular file, so it is not read. Choose a CSV file saved on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &apos;{path}&apos;: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is {size_mb:.0f} MB; the limit is {limit_mb} MB. Use a smaller sample of the rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not look like a text CSV file ({why}). If it is a spreadsheet, save it as CSV (comma separated) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty. A CSV file needs a header line with column names and rows of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line ({line!r}) looks like numbers, not column names. Add a header line with a name for each column, such as &apos;x1,x2,label&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header line but no rows of data below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has only {n_rows} of data; at least {minimum} are needed so that some can train the network and some can test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than {limit:,} rows of data, which is the limit. Use a smaller sample of the rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has {n_columns:,} columns; the limit is {limit:,}. Remove the columns you do not need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one column ({name!r}) was found, so there is nothing to learn from. A CSV file needs at least one input column and a target column, separated by commas, semicolons or tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} has {found} but the header has {expected}. Check that line for a missing or extra separator ({separator}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: a quoted cell runs over several lines, so a closing quote (&quot;) is probably missing. Close the quote, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV ({reason}). Check the quotes and separators on that line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is {name!r}, which looks like an HTML tag. Names are shown as labels, so they may not hold tags: rename it, for example without the &apos;&lt;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns {first} and {second} are both named {name!r}. Rename one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target must be a column name (text), not {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column named {name!r}. The columns are: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one column matches {name!r} if case is ignored ({matches}). Give the exact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task must be &apos;classification&apos;, &apos;regression&apos; or None (detect it), not {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}, column {column!r} is blank. Fill in a number or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}, column {column!r}: {cell!r} is not a number. Fix the cell or remove the column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {column!r} holds text, not numbers (line {line}: {cell!r}). Input columns must be numeric: remove the column, or choose it as the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}, column {column!r}: {cell!r} marks a missing value. Fill in a number or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}, column {column!r}: {cell!r} is not a finite number. Fix the cell or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}, column {column!r}: {cell!r} is too large (the limit is {limit:g} either way). Rescale the column, for example to thousands or millions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}, column {column!r} (the target) is blank. Fill it in or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}, column {column!r} (the target): {cell!r} is not a number. Regression needs a numeric target; choose classification if the column names classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target column {column!r} has only one value ({value!r}), so there is nothing to tell apart. Choose another target column, or add rows of other classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target column {column!r} has {n_classes:,} different values, too many to treat as classes (the limit is {limit}). Choose regression if it is a measured quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target column {column!r} has {n_classes:,} different values, too many to treat as classes (the limit is {limit}). If it is meant to be numeric, line {line} has {cell!r}, which is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test fraction must be a number between 0 and 1 (exclusive), not {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data has {n_rows}; at least 2 are needed to have a training and a test split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation fraction must be a number from 0 up to (not including) 1, not {value!r}. Use 0 for no validation rows, 0.1 for a tenth of the training rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training split has {n_rows}; at least 2 are needed to set some aside for validation. Set the validation fraction to 0, or hold out fewer rows for testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one input feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no input feature called {name!r}. Choose from: {valid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input feature {name!r} is listed twice. List each feature once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected raw inputs with {expected} column(s), got an array of shape {shape}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rebuild the data set from {source!r}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>events</name>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
</context>
<context>
    <name>losses</name>
    <message>
        <source>a number (regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a class (classification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{loss} {purpose}, but this data set&apos;s target is {target}. Use {other} for {task}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measures how far predicted numbers are off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE = (1/n) Σ (y − ŷ)²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each miss y − ŷ is squared: it counts as positive, and a miss of 2 costs 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compares predicted probabilities with classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-entropy with a {activation} output needs one output per class, and this network has a single output. Use a {fitting} output for two classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one {fitting} output (two classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {fitting} output over {n_classes} classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-entropy compares probabilities, but this network&apos;s output layer is {activation}, which does not give probabilities. Use {kind}, or pick {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CE = −(1/n) Σ [y·log p + (1 − y)·log(1 − p)]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CE = −(1/n) Σ log p(true class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p is the network&apos;s probability for class 1; being sure and wrong costs the most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p(true class) is the probability the network gives the right answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean absolute error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAE = (1/n) Σ |y − ŷ|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each miss counts by its size, not squared: a miss of 2 costs 2, so a few far-off points pull the fit less than with MSE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huber loss (δ = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>huber loss (δ = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huber = (1/n) Σ [½(y − ŷ)² where |y − ŷ| ≤ 1, else |y − ŷ| − ½]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misses up to 1 are squared, as in MSE; bigger ones count by their size, as in MAE, so outliers pull the fit less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown loss {name!r}; choose one of {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>optimizers</name>
    <message>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD + momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown optimizer {name!r}; choose sgd, momentum or adam.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trainer</name>
    <message>
        <source>the weights from epoch {epoch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the starting weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{which}, where the training loss was {loss}, are back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{which} are back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} at step {step} (epoch {epoch}): the steps overshoot instead of going downhill. Training stopped, and {kept}. Lower the learning rate (now {rate}), to {lower_rate} say, and train again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate must be a positive number; got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown regularization {name!r}; choose none, l1 or l2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regularization rate must be 0 or more; got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch size must be at least 1; got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The early-stopping patience must be a whole number of epochs, at least 1; got {patience}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data has {n_inputs} inputs and {n_outputs} outputs; the network {network} does not fit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss became NaN (not a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss became infinite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss of a batch grew to {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights grew past what a computer can store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss over the training set became NaN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss over the training set became infinite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss grew to {loss}, more than {factor} times its best ({best})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>walkthrough</name>
    <message>
        <source>Forward propagation starts: the inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample enters the network: {inputs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward: the output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each neuron of the output layer adds up its inputs times their weights, plus its bias, then applies {activation}. Neuron 1: z = {terms} + {bias} = {z}, a = {activation}({z}) = {a}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward: hidden layer {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each neuron of hidden layer {layer} adds up its inputs times their weights, plus its bias, then applies {activation}. Neuron 1: z = {terms} + {bias} = {z}, a = {activation}({z}) = {a}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How wrong is the network on this sample? {formula}; for this sample {term} = {value}. {note} 0 would be perfect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss of this sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward: the output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backpropagation through the output layer: each neuron&apos;s error signal ∂L/∂z is passed back along its weights. For the weight from unit {unit} to neuron {neuron}: ∂L/∂w = ∂L/∂z · a = {delta} · {a} = {grad}. The edges are now drawn by their gradient: the bolder, the bigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward: hidden layer {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backpropagation through hidden layer {layer}: each neuron&apos;s error signal ∂L/∂z is passed back along its weights. For the weight from unit {unit} to neuron {neuron}: ∂L/∂w = ∂L/∂z · a = {delta} · {a} = {grad}. The edges are now drawn by their gradient: the bolder, the bigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every weight moves against its gradient: w ← w − η·∂L/∂w. The weight that moves most: {weight} − {rate}·{grad} = {new_weight}. Biases too: b ← b − η·∂L/∂b. With the new weights this sample&apos;s loss is lower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update: weights and biases adjusted to lower the loss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
