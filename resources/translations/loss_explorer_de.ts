<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>FormulaPanel</name>
    <message>
        <source>loss formula with numbers</source>
        <translation>Verlustformel mit Zahlen</translation>
    </message>
    <message>
        <source>The loss being minimised, with the numbers of the first training points plugged in.</source>
        <translation>Der Verlust, der minimiert wird, mit den Zahlen der ersten Trainingspunkte eingesetzt.</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Built-in lessons, each with its own data, network and loss.</source>
        <translation>Mitgelieferte Lektionen, jede mit eigenen Daten, eigenem Netz und eigener Verlustfunktion.</translation>
    </message>
    <message>
        <source>Pick a lesson…</source>
        <translation>Lektion wählen…</translation>
    </message>
    <message>
        <source>Start lesson</source>
        <translation>Lektion starten</translation>
    </message>
    <message>
        <source>start lesson</source>
        <translation>Lektion starten</translation>
    </message>
    <message>
        <source>Set up the data, network and loss of this lesson (your current work is replaced).</source>
        <translation>Daten, Netz und Verlustfunktion dieser Lektion einrichten (Ihre aktuelle Arbeit wird ersetzt).</translation>
    </message>
    <message>
        <source>Save as lesson…</source>
        <translation>Als Lektion speichern…</translation>
    </message>
    <message>
        <source>save as lesson</source>
        <translation>als Lektion speichern</translation>
    </message>
    <message>
        <source>Save the current data, network and settings with your own text as a lesson file.</source>
        <translation>Die aktuellen Daten, das Netz und die Einstellungen mit Ihrem eigenen Text als Lektionsdatei speichern.</translation>
    </message>
    <message>
        <source>lesson text</source>
        <translation>Lektionstext</translation>
    </message>
    <message>
        <source>No lesson text with this experiment.</source>
        <translation>Zu diesem Experiment gibt es keinen Lektionstext.</translation>
    </message>
    <message>
        <source>Pick a lesson and press {button}.</source>
        <translation>Wählen Sie eine Lektion und drücken Sie {button}.</translation>
    </message>
    <message>
        <source>Could not open this lesson</source>
        <translation>Die Lektion ließ sich nicht öffnen</translation>
    </message>
    <message>
        <source>The lesson could not be opened because of an unexpected error (written to the log).</source>
        <translation>Die Lektion konnte wegen eines unerwarteten Fehlers nicht geöffnet werden (im Protokoll vermerkt).</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Lektion speichern</translation>
    </message>
    <message>
        <source>Lessons (*.json)</source>
        <translation>Lektionen (*.json)</translation>
    </message>
    <message>
        <source>Could not save the lesson</source>
        <translation>Die Lektion konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another folder or name.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}. Wählen Sie einen anderen Ordner oder Namen.</translation>
    </message>
</context>
<context>
    <name>LossHistogram</name>
    <message>
        <source>histogram of the loss of each training point</source>
        <translation>Histogramm des Verlusts jedes Trainingspunkts</translation>
    </message>
    <message>
        <source>How many training points have each loss: bars near 0 are points the network gets right; bars far right are the points it gets most wrong.</source>
        <translation>Wie viele Trainingspunkte welchen Verlust haben: Balken nahe 0 sind Punkte, die das Netz richtig trifft; Balken ganz rechts die, bei denen es am meisten danebenliegt.</translation>
    </message>
    <message>
        <source>loss of one sample</source>
        <translation>Verlust eines Beispiels</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>loss histogram title</source>
        <translation>Titel des Verlusthistogramms</translation>
    </message>
    <message>
        <source>The mean of these losses is the training loss.</source>
        <translation>Der Mittelwert dieser Verluste ist der Trainingsverlust.</translation>
    </message>
    <message>
        <source>mean = {value}</source>
        <translation>Mittel = {value}</translation>
    </message>
    <message>
        <source>{loss} of each of the {n} training points · mean = training loss</source>
        <translation>{loss} jedes der {n} Trainingspunkte · Mittel = Trainingsverlust</translation>
    </message>
    <message>
        <source>{loss} of each of a sample of {n} of the {total} training points · mean = training loss</source>
        <translation>{loss} jedes Punkts einer Stichprobe von {n} der {total} Trainingspunkte · Mittel = Trainingsverlust</translation>
    </message>
    <message>
        <source>, in {units} (the network works on standardized targets)</source>
        <translation>, in {units} (das Netz arbeitet mit standardisierten Zielwerten)</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>Epoch {epoch}: {event}</source>
        <translation>Epoche {epoch}: {event}</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>Epoche {epoch}</translation>
    </message>
    <message>
        <source>train {loss}</source>
        <translation>Training {loss}</translation>
    </message>
    <message>
        <source>test {loss}</source>
        <translation>Test {loss}</translation>
    </message>
    <message>
        <source>Train or step an epoch to draw the loss curve.</source>
        <translation>Trainieren Sie oder gehen Sie eine Epoche weiter, um die Verlustkurve zu zeichnen.</translation>
    </message>
    <message>
        <source>Loss per epoch: how wrong the network is (0 would be perfect)</source>
        <translation>Verlust pro Epoche: wie falsch das Netz liegt (0 wäre perfekt)</translation>
    </message>
    <message>
        <source>Loss per epoch (0 would be perfect)</source>
        <translation>Verlust pro Epoche (0 wäre perfekt)</translation>
    </message>
    <message>
        <source>latest loss</source>
        <translation>letzter Verlust</translation>
    </message>
    <message>
        <source>The loss after the latest epoch, on the training points and on the test points.</source>
        <translation>Der Verlust nach der letzten Epoche, auf den Trainings- und auf den Testpunkten.</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>log. Skala</translation>
    </message>
    <message>
        <source>Logarithmic loss axis: each factor of 10 gets the same height, so progress late in training, near 0, stays visible.</source>
        <translation>Logarithmische Verlustachse: Jeder Faktor 10 bekommt dieselbe Höhe, so bleibt auch später Fortschritt nahe 0 sichtbar.</translation>
    </message>
    <message>
        <source>smoothing</source>
        <translation>Glättung</translation>
    </message>
    <message>
        <source>Smooth the curves with a moving average: at 0.9 each drawn point is 0.9 × the previous drawn point + 0.1 × the new loss. The raw curves stay faintly behind. 0 draws the raw losses.</source>
        <translation>Die Kurven mit einem gleitenden Mittel glätten: bei 0,9 ist jeder gezeichnete Punkt 0,9 × der vorige gezeichnete Punkt + 0,1 × der neue Verlust. Die Rohkurven bleiben blass dahinter. 0 zeichnet die rohen Verluste.</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>einpassen</translation>
    </message>
    <message>
        <source>fit the view</source>
        <translation>Ansicht einpassen</translation>
    </message>
    <message>
        <source>Zoom out to show every point. The view then follows new epochs again. (Zoom with the mouse wheel, pan by dragging.)</source>
        <translation>Herauszoomen, bis jeder Punkt zu sehen ist. Die Ansicht folgt dann wieder neuen Epochen. (Zoomen mit dem Mausrad, verschieben durch Ziehen.)</translation>
    </message>
    <message>
        <source>loss curve</source>
        <translation>Verlustkurve</translation>
    </message>
    <message>
        <source>Loss 0: a network that is never wrong</source>
        <translation>Verlust 0: ein Netz, das nie falsch liegt</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>epoch {epoch} {share} done</source>
        <translation>Epoche {epoch} zu {share} fertig</translation>
    </message>
    <message>
        <source>no epochs yet</source>
        <translation>noch keine Epochen</translation>
    </message>
    <message>
        <source>No epochs yet. {hint}</source>
        <translation>Noch keine Epochen. {hint}</translation>
    </message>
    <message>
        <source>train loss {loss}</source>
        <translation>Trainingsverlust {loss}</translation>
    </message>
    <message>
        <source>test loss {loss}</source>
        <translation>Testverlust {loss}</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>fallend</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>steigend</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>gleichbleibend</translation>
    </message>
    <message>
        <source>{losses}; epoch {epoch}</source>
        <translation>{losses}; Epoche {epoch}</translation>
    </message>
    <message>
        <source>loss ({loss})</source>
        <translation>Verlust ({loss})</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>network diagram</source>
        <translation>Netzdiagramm</translation>
    </message>
    <message>
        <source>Inputs on the left, hidden layers in the middle, the output on the right. Edge width shows the size of each weight; blue is positive, orange negative. Click an input to switch it, click an edge to type a new weight. With the keyboard: arrows move, Enter switches an input or edits a value.</source>
        <translation>Eingaben links, verdeckte Schichten in der Mitte, die Ausgabe rechts. Die Breite einer Kante zeigt die Größe ihres Gewichts; blau ist positiv, orange negativ. Klicken Sie auf eine Eingabe, um sie umzuschalten, auf eine Kante, um ein neues Gewicht einzugeben. Mit der Tastatur: Pfeiltasten bewegen, Enter schaltet eine Eingabe um oder bearbeitet einen Wert.</translation>
    </message>
    <message>
        <source>new value</source>
        <translation>neuer Wert</translation>
    </message>
    <message>
        <source>Type a number and press Enter; Escape cancels.</source>
        <translation>Geben Sie eine Zahl ein und drücken Sie Enter; Escape bricht ab.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>remove a hidden layer</source>
        <translation>eine verdeckte Schicht entfernen</translation>
    </message>
    <message>
        <source>add a hidden layer</source>
        <translation>eine verdeckte Schicht hinzufügen</translation>
    </message>
    <message>
        <source>FEATURES</source>
        <translation>MERKMALE</translation>
    </message>
    <message>
        <source>Click a feature to switch it on or off as an input of the network.</source>
        <translation>Klicken Sie auf ein Merkmal, um es als Eingabe des Netzes ein- oder auszuschalten.</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation>AUSGABE</translation>
    </message>
    <message>
        <source>What the network predicts.</source>
        <translation>Was das Netz vorhersagt.</translation>
    </message>
    <message>
        <source>remove a neuron from hidden layer {layer}</source>
        <translation>ein Neuron aus verdeckter Schicht {layer} entfernen</translation>
    </message>
    <message>
        <source>add a neuron to hidden layer {layer}</source>
        <translation>ein Neuron zu verdeckter Schicht {layer} hinzufügen</translation>
    </message>
    <message>
        <source>activation of hidden layer {layer}</source>
        <translation>Aktivierungsfunktion der verdeckten Schicht {layer}</translation>
    </message>
    <message>
        <source>Activation of hidden layer {layer}</source>
        <translation>Aktivierungsfunktion der verdeckten Schicht {layer}</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden layer(s)</source>
        <translation>
            <numerusform>%n verdeckte Schicht</numerusform>
            <numerusform>%n verdeckte Schichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network has %n hidden layer(s).</source>
        <translation>
            <numerusform>Das Netz hat %n verdeckte Schicht.</numerusform>
            <numerusform>Das Netz hat %n verdeckte Schichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a hidden layer after the last one</source>
        <translation>Eine verdeckte Schicht nach der letzten hinzufügen</translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>Die letzte verdeckte Schicht entfernen</translation>
    </message>
    <message>
        <source>There are no hidden layers to remove.</source>
        <translation>Es gibt keine verdeckten Schichten zum Entfernen.</translation>
    </message>
    <message numerus="yes">
        <source>Hidden layer {layer} has %n neuron(s).</source>
        <translation>
            <numerusform>Verdeckte Schicht {layer} hat %n Neuron.</numerusform>
            <numerusform>Verdeckte Schicht {layer} hat %n Neuronen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a neuron from hidden layer {layer}</source>
        <translation>Ein Neuron aus verdeckter Schicht {layer} entfernen</translation>
    </message>
    <message>
        <source>A layer keeps at least one neuron; remove the whole layer with − above instead.</source>
        <translation>Eine Schicht behält mindestens ein Neuron; entfernen Sie stattdessen die ganze Schicht mit − oben.</translation>
    </message>
    <message>
        <source>Add a neuron to hidden layer {layer}</source>
        <translation>Ein Neuron zu verdeckter Schicht {layer} hinzufügen</translation>
    </message>
    <message>
        <source>The output layer&apos;s activation: {tip}</source>
        <translation>Aktivierungsfunktion der Ausgabeschicht: {tip}</translation>
    </message>
    <message numerus="yes">
        <source>%n neuron(s)</source>
        <translation>
            <numerusform>%n Neuron</numerusform>
            <numerusform>%n Neuronen</numerusform>
        </translation>
    </message>
    <message>
        <source>class {number}</source>
        <translation>Klasse {number}</translation>
    </message>
    <message>
        <source>▲ {count} more</source>
        <translation>▲ {count} weitere</translation>
    </message>
    <message>
        <source>{hidden} of the {total} inputs are above, with their edges. Scroll over the input column, or click here, to see them.</source>
        <translation>{hidden} der {total} Eingaben liegen darüber, mit ihren Kanten. Scrollen Sie über der Eingabespalte oder klicken Sie hier, um sie zu sehen.</translation>
    </message>
    <message>
        <source>▼ {count} more</source>
        <translation>▼ {count} weitere</translation>
    </message>
    <message>
        <source>{hidden} of the {total} inputs are below, with their edges. Scroll over the input column, or click here, to see them.</source>
        <translation>{hidden} der {total} Eingaben liegen darunter, mit ihren Kanten. Scrollen Sie über der Eingabespalte oder klicken Sie hier, um sie zu sehen.</translation>
    </message>
    <message>
        <source>new weight</source>
        <translation>neues Gewicht</translation>
    </message>
    <message>
        <source>Type a new weight and press Enter; Escape cancels.</source>
        <translation>Geben Sie ein neues Gewicht ein und drücken Sie Enter; Escape bricht ab.</translation>
    </message>
    <message>
        <source>new bias</source>
        <translation>neuer Bias</translation>
    </message>
    <message>
        <source>Type a new bias and press Enter; Escape cancels.</source>
        <translation>Geben Sie einen neuen Bias ein und drücken Sie Enter; Escape bricht ab.</translation>
    </message>
    <message>
        <source>The loss barely changes with this weight right now.</source>
        <translation>Der Verlust ändert sich mit diesem Gewicht gerade kaum.</translation>
    </message>
    <message>
        <source>A larger weight would lower the loss, so training pushes it up.</source>
        <translation>Ein größeres Gewicht würde den Verlust senken, also schiebt das Training es nach oben.</translation>
    </message>
    <message>
        <source>A smaller weight would lower the loss, so training pushes it down.</source>
        <translation>Ein kleineres Gewicht würde den Verlust senken, also schiebt das Training es nach unten.</translation>
    </message>
    <message>
        <source>The loss barely changes with this bias right now.</source>
        <translation>Der Verlust ändert sich mit diesem Bias gerade kaum.</translation>
    </message>
    <message>
        <source>A larger bias would lower the loss, so training pushes it up.</source>
        <translation>Ein größerer Bias würde den Verlust senken, also schiebt das Training ihn nach oben.</translation>
    </message>
    <message>
        <source>A smaller bias would lower the loss, so training pushes it down.</source>
        <translation>Ein kleinerer Bias würde den Verlust senken, also schiebt das Training ihn nach unten.</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>die Ausgabe</translation>
    </message>
    <message>
        <source>output {number} ({title})</source>
        <translation>Ausgabe {number} ({title})</translation>
    </message>
    <message>
        <source>neuron {number} of layer {layer}</source>
        <translation>Neuron {number} der Schicht {layer}</translation>
    </message>
    <message>
        <source>Weight from {source} to {target}: {weight}</source>
        <translation>Gewicht von {source} zu {target}: {weight}</translation>
    </message>
    <message>
        <source>Highlighted value: {value}</source>
        <translation>Hervorgehobener Wert: {value}</translation>
    </message>
    <message>
        <source>Click to type a new weight.</source>
        <translation>Klicken Sie, um ein neues Gewicht einzugeben.</translation>
    </message>
    <message>
        <source>Bias of {unit}: {bias}</source>
        <translation>Bias von {unit}: {bias}</translation>
    </message>
    <message>
        <source>Click to type a new bias.</source>
        <translation>Klicken Sie, um einen neuen Bias einzugeben.</translation>
    </message>
    <message>
        <source>Input {name} is switched off. Click to feed it to the network.</source>
        <translation>Eingabe {name} ist ausgeschaltet. Klicken Sie, um sie dem Netz zu geben.</translation>
    </message>
    <message>
        <source>Input {name}. Its picture shows its value over the input plane. Click to switch it off.</source>
        <translation>Eingabe {name}. Ihr Bild zeigt ihren Wert über der Eingabeebene. Klicken Sie, um sie auszuschalten.</translation>
    </message>
    <message>
        <source>Input {name}. Its bars show how its values spread over the training rows. Click to switch it off.</source>
        <translation>Eingabe {name}. Ihre Balken zeigen, wie sich ihre Werte über die Trainingszeilen verteilen. Klicken Sie, um sie auszuschalten.</translation>
    </message>
    <message>
        <source>Input {name}. Click to switch it off.</source>
        <translation>Eingabe {name}. Klicken Sie, um sie auszuschalten.</translation>
    </message>
    <message>
        <source>bias b = {bias}</source>
        <translation>Bias b = {bias}</translation>
    </message>
    <message>
        <source>Its picture shows its output over the input plane: blue positive, orange negative.</source>
        <translation>Sein Bild zeigt seine Ausgabe über der Eingabeebene: blau positiv, orange negativ.</translation>
    </message>
    <message>
        <source>Its picture shows where it predicts this class.</source>
        <translation>Sein Bild zeigt, wo es diese Klasse vorhersagt.</translation>
    </message>
    <message>
        <source>Its curve shows its output as the input goes from left to right.</source>
        <translation>Seine Kurve zeigt seine Ausgabe, während die Eingabe von links nach rechts läuft.</translation>
    </message>
    <message>
        <source>Its bars show how its outputs spread over the training rows.</source>
        <translation>Seine Balken zeigen, wie sich seine Ausgaben über die Trainingszeilen verteilen.</translation>
    </message>
</context>
<context>
    <name>OutputView</name>
    <message>
        <source> Showing a sample of {shown} of {total} points.</source>
        <translation> Gezeigt: eine Stichprobe von {shown} der {total} Punkte.</translation>
    </message>
    <message>
        <source>Bigger dot = bigger loss</source>
        <translation>Größerer Punkt = größerer Verlust</translation>
    </message>
    <message>
        <source>Bigger dot = bigger loss (medium: {guess}, the {loss} of a blind guess)</source>
        <translation>Größerer Punkt = größerer Verlust (mittel: {guess}, der {loss} eines blinden Ratens)</translation>
    </message>
    <message>
        <source>Dark rim: test point</source>
        <translation>Dunkler Rand: Testpunkt</translation>
    </message>
    <message>
        <source>training point: {place}</source>
        <translation>Trainingspunkt: {place}</translation>
    </message>
    <message>
        <source>test point: {place}</source>
        <translation>Testpunkt: {place}</translation>
    </message>
    <message>
        <source>target: {target}</source>
        <translation>Ziel: {target}</translation>
    </message>
    <message>
        <source>prediction: P({name}) = {p}</source>
        <translation>Vorhersage: P({name}) = {p}</translation>
    </message>
    <message>
        <source>prediction: P({name}) = {p}, most likely {best} ({p_best})</source>
        <translation>Vorhersage: P({name}) = {p}, am wahrscheinlichsten {best} ({p_best})</translation>
    </message>
    <message>
        <source>loss ({loss}): {term}</source>
        <translation>Verlust ({loss}): {term}</translation>
    </message>
    <message>
        <source>prediction: {prediction}</source>
        <translation>Vorhersage: {prediction}</translation>
    </message>
    <message>
        <source>squared error: ({target} − {prediction})² = {squared}</source>
        <translation>quadratischer Fehler: ({target} − {prediction})² = {squared}</translation>
    </message>
    <message>
        <source>loss ({loss}, on the standardised target): {term}</source>
        <translation>Verlust ({loss}, auf dem standardisierten Ziel): {term}</translation>
    </message>
    <message>
        <source>decision boundary: {share} of test points on the right side</source>
        <translation>Entscheidungsgrenze: {share} der Testpunkte auf der richtigen Seite</translation>
    </message>
    <message>
        <source>decision boundary: {share} of training points on the right side</source>
        <translation>Entscheidungsgrenze: {share} der Trainingspunkte auf der richtigen Seite</translation>
    </message>
    <message>
        <source>predicted against actual: R² {r2} on test points (1 is a perfect fit)</source>
        <translation>Vorhersage gegen Istwert: R² {r2} auf Testpunkten (1 passt perfekt)</translation>
    </message>
    <message>
        <source>predicted against actual: R² {r2} on training points (1 is a perfect fit)</source>
        <translation>Vorhersage gegen Istwert: R² {r2} auf Trainingspunkten (1 passt perfekt)</translation>
    </message>
    <message>
        <source>Input {name} (standardised), as the network sees it</source>
        <translation>Eingabe {name} (standardisiert), wie das Netz sie sieht</translation>
    </message>
    <message>
        <source>Output neuron {unit} ({activation})</source>
        <translation>Ausgabeneuron {unit} ({activation})</translation>
    </message>
    <message>
        <source>Neuron {unit} of hidden layer {layer} ({activation})</source>
        <translation>Neuron {unit} der verdeckten Schicht {layer} ({activation})</translation>
    </message>
    <message>
        <source>Blue: the neuron&apos;s value is positive, orange: negative, pale: near 0. {dots}.</source>
        <translation>Blau: der Wert des Neurons ist positiv, orange: negativ, blass: nahe 0. {dots}.</translation>
    </message>
    <message>
        <source>Network output: P({name}) over the input plane, line at P = 0.5</source>
        <translation>Netzausgabe: P({name}) über der Eingabeebene, Linie bei P = 0,5</translation>
    </message>
    <message>
        <source>Orange: it says “{one}”, blue: “{other}”. {dots}. {rims}.</source>
        <translation>Orange: es sagt „{one}“, blau: „{other}“. {dots}. {rims}.</translation>
    </message>
    <message>
        <source>Network output: the most likely class (paler where unsure)</source>
        <translation>Netzausgabe: die wahrscheinlichste Klasse (blasser, wo unsicher)</translation>
    </message>
    <message>
        <source>Lines: where the most likely class changes. {dots}. {rims}.</source>
        <translation>Linien: wo die wahrscheinlichste Klasse wechselt. {dots}. {rims}.</translation>
    </message>
    <message>
        <source>Blue: positive, orange: negative</source>
        <translation>Blau: positiv, orange: negativ</translation>
    </message>
    <message>
        <source>Blue: above {mean} (the mean target), orange: below</source>
        <translation>Blau: über {mean} (dem mittleren Zielwert), orange: darunter</translation>
    </message>
    <message>
        <source>Network output: the predicted value over the input plane</source>
        <translation>Netzausgabe: der vorhergesagte Wert über der Eingabeebene</translation>
    </message>
    <message>
        <source>{colors} (dots: their targets). {dots}. {rims}.</source>
        <translation>{colors} (Punkte: ihre Zielwerte). {dots}. {rims}.</translation>
    </message>
    <message>
        <source>predicted value: R² {r2} on test points (1 is a perfect fit)</source>
        <translation>vorhergesagter Wert: R² {r2} auf Testpunkten (1 passt perfekt)</translation>
    </message>
    <message>
        <source>predicted value: R² {r2} on training points (1 is a perfect fit)</source>
        <translation>vorhergesagter Wert: R² {r2} auf Trainingspunkten (1 passt perfekt)</translation>
    </message>
    <message>
        <source>Network output: P({name}) along {feature}</source>
        <translation>Netzausgabe: P({name}) entlang {feature}</translation>
    </message>
    <message>
        <source>{dots}. {rims}.</source>
        <translation>{dots}. {rims}.</translation>
    </message>
    <message>
        <source>Network output: the fitted curve; red squares: the squared errors</source>
        <translation>Netzausgabe: die angepasste Kurve; rote Quadrate: die quadratischen Fehler</translation>
    </message>
    <message>
        <source>Side = the miss, area = the miss squared: a miss of 2 costs 4. The {n} squares add up to {sum}</source>
        <translation>Seite = die Abweichung, Fläche = die Abweichung zum Quadrat: eine Abweichung von 2 kostet 4. Die {n} Quadrate ergeben zusammen {sum}</translation>
    </message>
    <message>
        <source> = {n} × the training {loss} {mean}</source>
        <translation> = {n} × der Trainings-{loss} {mean}</translation>
    </message>
    <message>
        <source> = {n} × the training {loss} in {target} units, {mean} {units} (the network works on standardized targets)</source>
        <translation> = {n} × der Trainings-{loss} in Einheiten von {target}, {mean} {units} (das Netz arbeitet mit standardisierten Zielwerten)</translation>
    </message>
    <message>
        <source>. {dots}.</source>
        <translation>. {dots}.</translation>
    </message>
    <message>
        <source>{neuron} (dashed), over the network output</source>
        <translation>{neuron} (gestrichelt), über der Netzausgabe</translation>
    </message>
    <message>
        <source>fitted curve: R² {r2} on test points (1 is a perfect fit)</source>
        <translation>angepasste Kurve: R² {r2} auf Testpunkten (1 passt perfekt)</translation>
    </message>
    <message>
        <source>fitted curve: R² {r2} on training points (1 is a perfect fit)</source>
        <translation>angepasste Kurve: R² {r2} auf Trainingspunkten (1 passt perfekt)</translation>
    </message>
    <message>
        <source>actual {target}</source>
        <translation>{target} (Istwert)</translation>
    </message>
    <message>
        <source>predicted {target}</source>
        <translation>{target} (vorhergesagt)</translation>
    </message>
    <message>
        <source>Predicted against actual: on the dashed line the network is exactly right</source>
        <translation>Vorhersage gegen Istwert: auf der gestrichelten Linie liegt das Netz genau richtig</translation>
    </message>
    <message>
        <source>R² on test points = {test}, on training points = {train} (1 is a perfect fit, 0 no better than guessing the mean). Filled: training point, hollow: test point.</source>
        <translation>R² auf Testpunkten = {test}, auf Trainingspunkten = {train} (1 passt perfekt, 0 ist nicht besser, als den Mittelwert zu raten). Gefüllt: Trainingspunkt, hohl: Testpunkt.</translation>
    </message>
    <message>
        <source>Confusion matrix of the test points</source>
        <translation>Konfusionsmatrix der Testpunkte</translation>
    </message>
    <message>
        <source>The network gets {right} of {total} test points right ({share}).</source>
        <translation>Das Netz trifft {right} von {total} Testpunkten richtig ({share}).</translation>
    </message>
    <message>
        <source>Confusion matrix of the training points</source>
        <translation>Konfusionsmatrix der Trainingspunkte</translation>
    </message>
    <message>
        <source>The network gets {right} of {total} training points right ({share}).</source>
        <translation>Das Netz trifft {right} von {total} Trainingspunkten richtig ({share}).</translation>
    </message>
    <message>
        <source>confusion matrix: {share} of test points in the right class</source>
        <translation>Konfusionsmatrix: {share} der Testpunkte in der richtigen Klasse</translation>
    </message>
    <message>
        <source>confusion matrix: {share} of training points in the right class</source>
        <translation>Konfusionsmatrix: {share} der Trainingspunkte in der richtigen Klasse</translation>
    </message>
    <message>
        <source>actual {actual}, predicted {predicted}</source>
        <translation>tatsächlich {actual}, vorhergesagt {predicted}</translation>
    </message>
    <message>
        <source>what the output view shows</source>
        <translation>was die Ausgabeansicht zeigt</translation>
    </message>
    <message>
        <source>show test points</source>
        <translation>Testpunkte</translation>
    </message>
    <message>
        <source>Also draw the test points, which the network never trains on (dark rim; training points have a white rim).</source>
        <translation>Auch die Testpunkte zeichnen, auf denen das Netz nie trainiert (dunkler Rand; Trainingspunkte haben einen weißen Rand).</translation>
    </message>
    <message>
        <source>show squared errors</source>
        <translation>Fehlerquadrate</translation>
    </message>
    <message>
        <source>Draw each training point&apos;s miss as a square: its side is the distance from the point to the curve, so its area is the squared error. A miss of 2 covers 4 squares of 1.</source>
        <translation>Die Abweichung jedes Trainingspunkts als Quadrat zeichnen: seine Seite ist der Abstand vom Punkt zur Kurve, seine Fläche also der quadratische Fehler. Eine Abweichung von 2 bedeckt 4 Quadrate der Größe 1.</translation>
    </message>
    <message>
        <source>test points</source>
        <translation>Testpunkte</translation>
    </message>
    <message>
        <source>count test points</source>
        <translation>Testpunkte zählen</translation>
    </message>
    <message>
        <source>Count the points the network never trained on.</source>
        <translation>Die Punkte zählen, auf denen das Netz nie trainiert hat.</translation>
    </message>
    <message>
        <source>training points</source>
        <translation>Trainingspunkte</translation>
    </message>
    <message>
        <source>count training points</source>
        <translation>Trainingspunkte zählen</translation>
    </message>
    <message>
        <source>Count the points the network trains on.</source>
        <translation>Die Punkte zählen, auf denen das Netz trainiert.</translation>
    </message>
    <message>
        <source>network output</source>
        <translation>Netzausgabe</translation>
    </message>
    <message>
        <source>confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>Rows: the actual class. Columns: the class the network predicts. The diagonal (green) counts the points it gets right.</source>
        <translation>Zeilen: die tatsächliche Klasse. Spalten: die Klasse, die das Netz vorhersagt. Die Diagonale (grün) zählt die Punkte, die es richtig trifft.</translation>
    </message>
    <message>
        <source>rows: actual class  ·  columns: predicted class</source>
        <translation>Zeilen: tatsächliche Klasse  ·  Spalten: vorhergesagte Klasse</translation>
    </message>
    <message>
        <source>how to read the output view</source>
        <translation>wie die Ausgabeansicht zu lesen ist</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more point(s) here)</source>
        <translation>
            <numerusform>(und %n weiterer Punkt hier)</numerusform>
            <numerusform>(und %n weitere Punkte hier)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveLessonDialog</name>
    <message>
        <source>Save as lesson</source>
        <translation>Als Lektion speichern</translation>
    </message>
    <message>
        <source>lesson title</source>
        <translation>Lektionstitel</translation>
    </message>
    <message>
        <source>The lesson&apos;s title, shown in the lesson list.</source>
        <translation>Der Titel der Lektion, wie er in der Lektionsliste steht.</translation>
    </message>
    <message>
        <source>lesson text</source>
        <translation>Lektionstext</translation>
    </message>
    <message>
        <source>What students should look at and try.</source>
        <translation>Was sich die Lernenden ansehen und ausprobieren sollen.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Lesson too long</source>
        <translation>Lektion zu lang</translation>
    </message>
    <message>
        <source>The text has {length} characters; a lesson may have {limit}. Shorten it, or split it into two lessons.</source>
        <translation>Der Text hat {length} Zeichen; eine Lektion darf {limit} haben. Kürzen Sie ihn oder teilen Sie ihn auf zwei Lektionen auf.</translation>
    </message>
    <message>
        <source>Untitled lesson</source>
        <translation>Lektion ohne Titel</translation>
    </message>
</context>
<context>
    <name>StepThroughPanel</name>
    <message>
        <source>Show on the network</source>
        <translation>Im Netz zeigen</translation>
    </message>
    <message>
        <source>step through active</source>
        <translation>Schritt für Schritt aktiv</translation>
    </message>
    <message>
        <source>Write this sample&apos;s numbers on the network diagram.</source>
        <translation>Die Zahlen dieses Beispiels in das Netzdiagramm schreiben.</translation>
    </message>
    <message>
        <source>step sample</source>
        <translation>Beispiel für den Schritt</translation>
    </message>
    <message>
        <source>Which training point to follow through one training step.</source>
        <translation>Welchem Trainingspunkt Sie durch einen Trainingsschritt folgen.</translation>
    </message>
    <message>
        <source>Random point</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>step random</source>
        <translation>zufälliger Punkt</translation>
    </message>
    <message>
        <source>Pick another training point at random.</source>
        <translation>Einen anderen Trainingspunkt zufällig wählen.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>step previous</source>
        <translation>vorherige Stufe</translation>
    </message>
    <message>
        <source>The previous stage (Left arrow).</source>
        <translation>Die vorherige Stufe (Pfeil nach links).</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>step next</source>
        <translation>nächste Stufe</translation>
    </message>
    <message>
        <source>The next stage (Right arrow).</source>
        <translation>Die nächste Stufe (Pfeil nach rechts).</translation>
    </message>
    <message>
        <source>Apply this update</source>
        <translation>Update anwenden</translation>
    </message>
    <message>
        <source>step apply</source>
        <translation>Update anwenden</translation>
    </message>
    <message>
        <source>Set the weights to the updated values shown: one gradient step on this point.</source>
        <translation>Die Gewichte auf die gezeigten neuen Werte setzen: ein Gradientenschritt auf diesem Punkt.</translation>
    </message>
    <message>
        <source>Check my calculation</source>
        <translation>Meine Rechnung prüfen</translation>
    </message>
    <message>
        <source>check mode</source>
        <translation>Rechnung prüfen</translation>
    </message>
    <message>
        <source>Work this training step out by hand and type your numbers in; each is checked.</source>
        <translation>Rechnen Sie diesen Trainingsschritt von Hand und tippen Sie Ihre Zahlen ein; jede wird geprüft.</translation>
    </message>
    <message>
        <source>Training point</source>
        <translation>Trainingspunkt</translation>
    </message>
</context>
<context>
    <name>experiment_schema</name>
    <message>
        <source>is {found}; it must be an object that maps a language code to that language&apos;s title and text, such as {{&quot;de&quot;: {{&quot;title&quot;: &quot;…&quot;, &quot;text&quot;: &quot;…&quot;}}}}.</source>
        <translation>ist {found}; es muss ein Objekt sein, das einem Sprachcode Titel und Text in dieser Sprache zuordnet, etwa {{&quot;de&quot;: {{&quot;title&quot;: &quot;…&quot;, &quot;text&quot;: &quot;…&quot;}}}}.</translation>
    </message>
    <message>
        <source>has {count} languages; a lesson may have {limit}. Remove some.</source>
        <translation>hat {count} Sprachen; eine Lektion darf {limit} haben. Entfernen Sie einige.</translation>
    </message>
    <message>
        <source>has the language {code}; a language is named by its code, such as &quot;de&quot; (German) or &quot;es&quot; (Spanish). Rename it.</source>
        <translation>hat die Sprache {code}; eine Sprache wird mit ihrem Code benannt, etwa &quot;de&quot; (Deutsch) oder &quot;es&quot; (Spanisch). Benennen Sie sie um.</translation>
    </message>
    <message>
        <source>is English, which the lesson&apos;s own title and text are. Put the English text there and remove this one.</source>
        <translation>ist Englisch, die Sprache des eigenen Titels und Texts der Lektion. Schreiben Sie den englischen Text dorthin und entfernen Sie diesen Eintrag.</translation>
    </message>
    <message>
        <source>is {found}; it must be an object with the lesson&apos;s title and text in this language: {{&quot;title&quot;: &quot;…&quot;, &quot;text&quot;: &quot;…&quot;}}.</source>
        <translation>ist {found}; es muss ein Objekt mit Titel und Text der Lektion in dieser Sprache sein: {{&quot;title&quot;: &quot;…&quot;, &quot;text&quot;: &quot;…&quot;}}.</translation>
    </message>
    <message>
        <source>has neither a title nor a text; give &quot;title&quot; and &quot;text&quot; in this language, or remove it.</source>
        <translation>hat weder Titel noch Text; geben Sie &quot;title&quot; und &quot;text&quot; in dieser Sprache an oder entfernen Sie den Eintrag.</translation>
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
        <translation>(0 wäre perfekt)</translation>
    </message>
    <message>
        <source>first points: {labels}</source>
        <translation>erste Punkte: {labels}</translation>
    </message>
    <message>
        <source>{note} This loss is {in_units}; the first targets are {shown}, written above as (y − {mean}) / {scale}.</source>
        <translation>{note} Dieser Verlust beträgt {in_units}; die ersten Zielwerte sind {shown}, oben geschrieben als (y − {mean}) / {scale}.</translation>
    </message>
</context>
<context>
    <name>lesson_panel</name>
    <message>
        <source>A blank line starts a new paragraph. **bold**, *italic*, `code`, [link](https://…); lines starting with - or 1. make lists, # makes a heading, four spaces indent a centred formula. Other text, HTML included, shows as it is typed.</source>
        <translation>Eine Leerzeile beginnt einen neuen Absatz. **fett**, *kursiv*, `Code`, [Link](https://…); Zeilen, die mit - oder 1. beginnen, bilden Listen, # macht eine Überschrift, vier Leerzeichen rücken eine zentrierte Formel ein. Anderer Text, auch HTML, erscheint so, wie er getippt wurde.</translation>
    </message>
</context>
<context>
    <name>step_through</name>
    <message>
        <source>{inputs} · target: {target}</source>
        <translation>{inputs} · Ziel: {target}</translation>
    </message>
    <message>
        <source>Inputs standardized, as the network sees them: {inputs}</source>
        <translation>Eingaben standardisiert, wie das Netz sie sieht: {inputs}</translation>
    </message>
    <message>
        <source>Inputs as the network sees them: {inputs}</source>
        <translation>Eingaben, wie das Netz sie sieht: {inputs}</translation>
    </message>
    <message>
        <source> · target {target} (standardized)</source>
        <translation> · Ziel {target} (standardisiert)</translation>
    </message>
</context>
</TS>
