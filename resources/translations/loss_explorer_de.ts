<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Saved moments of training. Double-click one to go back to it.</source>
        <translation>Gespeicherte Momente des Trainings. Doppelklicken Sie auf einen, um zu ihm zurückzukehren.</translation>
    </message>
    <message>
        <source>Bookmark now</source>
        <translation>Jetzt merken</translation>
    </message>
    <message>
        <source>Remember the weights, the curve and the settings as they are now (Ctrl+B).</source>
        <translation>Die Gewichte, die Kurve und die Einstellungen so merken, wie sie jetzt sind (Strg+B).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Go back to the selected moment; change settings and train to branch from it.</source>
        <translation>Zum gewählten Moment zurückkehren; ändern Sie Einstellungen und trainieren Sie, um von dort abzuzweigen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Forget the selected bookmark.</source>
        <translation>Das gewählte Lesezeichen vergessen.</translation>
    </message>
</context>
<context>
    <name>CheckCalculationPanel</name>
    <message>
        <source>Which training point to work through by hand.</source>
        <translation>Welcher Trainingspunkt von Hand durchgerechnet wird.</translation>
    </message>
    <message>
        <source>Training point</source>
        <translation>Trainingspunkt</translation>
    </message>
    <message>
        <source>Another point</source>
        <translation>Anderer Punkt</translation>
    </message>
    <message>
        <source>A different training point at random, with empty blanks.</source>
        <translation>Ein anderer, zufälliger Trainingspunkt mit leeren Feldern.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check the values typed so far, in order, up to the first wrong one.</source>
        <translation>Prüft die bisher eingetippten Werte der Reihe nach bis zum ersten falschen.</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <source>One more hint for the first blank that is not right yet.</source>
        <translation>Ein weiterer Tipp zum ersten Feld, das noch nicht stimmt.</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Fill in the first blank that is not right yet, worked out.</source>
        <translation>Füllt das erste Feld, das noch nicht stimmt, mit Rechenweg aus.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Empty every blank.</source>
        <translation>Leert alle Felder.</translation>
    </message>
    <message>
        <source>The weights or settings changed, so the blanks now ask for the new numbers. Check again.</source>
        <translation>Gewichte oder Einstellungen haben sich geändert; die Felder fragen jetzt nach den neuen Zahlen. Prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Work out each number in order and type it in; then press Check. Four significant digits are plenty: within 2% (or 0.01) counts as right.</source>
        <translation>Rechnen Sie jede Zahl der Reihe nach aus und tippen Sie sie ein; dann drücken Sie Prüfen. Vier gültige Ziffern genügen: innerhalb von 2 % (oder 0,01) gilt als richtig.</translation>
    </message>
    <message>
        <source>output {activation}</source>
        <translation>Ausgabe {activation}</translation>
    </message>
    <message>
        <source>hidden {layer} {activation}</source>
        <translation>verdeckt {layer} {activation}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inputs&lt;/b&gt; (as the network sees them): {inputs}. &lt;b&gt;Target&lt;/b&gt;: {target}.</source>
        <translation>&lt;b&gt;Eingaben&lt;/b&gt; (wie das Netz sie sieht): {inputs}. &lt;b&gt;Ziel&lt;/b&gt;: {target}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loss&lt;/b&gt;: {loss}. &lt;b&gt;Learning rate&lt;/b&gt; η = {learning_rate}. &lt;b&gt;Activations&lt;/b&gt;: {layers}.</source>
        <translation>&lt;b&gt;Verlust&lt;/b&gt;: {loss}. &lt;b&gt;Lernrate&lt;/b&gt; η = {learning_rate}. &lt;b&gt;Aktivierungsfunktionen&lt;/b&gt;: {layers}.</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>bias b</source>
        <translation>Bias b</translation>
    </message>
    <message>
        <source>The weight to follow through backpropagation and the update: &lt;b&gt;{weight}&lt;/b&gt; = {value}.</source>
        <translation>Das Gewicht, das Sie durch Rückpropagierung und Aktualisierung verfolgen: &lt;b&gt;{weight}&lt;/b&gt; = {value}.</translation>
    </message>
    <message>
        <source>Your value of {label}: {formula}.</source>
        <translation>Ihr Wert für {label}: {formula}.</translation>
    </message>
    <message>
        <source>{step}, {label}: &apos;{typed}&apos; is not a number. Type it like {example} or 1.5e-3.</source>
        <translation>{step}, {label}: „{typed}“ ist keine Zahl. Tippen Sie sie etwa als {example} oder 1.5e-3.</translation>
    </message>
    <message>
        <source>{done} of {total} right so far. Next: {step}, {label}.</source>
        <translation>Bisher {done} von {total} richtig. Als Nächstes: {step}, {label}.</translation>
    </message>
    <message>
        <source>All {total} values are right: this is exactly what one training step computes for this point.</source>
        <translation>Alle {total} Werte stimmen: Genau das berechnet ein Trainingsschritt für diesen Punkt.</translation>
    </message>
    <message>
        <source>Every value is right; no hints needed.</source>
        <translation>Alle Werte stimmen; keine Tipps nötig.</translation>
    </message>
    <message>
        <source>Hint {n} of {total} for {label}: {hint}</source>
        <translation>Tipp {n} von {total} zu {label}: {hint}</translation>
    </message>
    <message>
        <source>Filled in {label}. Carry on from there.</source>
        <translation>{label} ist ausgefüllt. Machen Sie von dort aus weiter.</translation>
    </message>
    <message>
        <source>Every blank is empty again.</source>
        <translation>Alle Felder sind wieder leer.</translation>
    </message>
</context>
<context>
    <name>CompareChallenge</name>
    <message>
        <source>{title}. Goal: {goal}.</source>
        <translation>{title}. Ziel: {goal}.</translation>
    </message>
    <message>
        <source>Goal met: well done. {status}</source>
        <translation>Ziel erreicht: gut gemacht. {status}</translation>
    </message>
    <message>
        <source>Not this time: {status}. Change a setting and try again.</source>
        <translation>Diesmal nicht: {status}. Ändern Sie eine Einstellung und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln attempt(s) so far, goal met in {met}.)</source>
        <translation>
            <numerusform>(bisher %Ln Versuch, Ziel {met}-mal erreicht.)</numerusform>
            <numerusform>(bisher %Ln Versuche, Ziel {met}-mal erreicht.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare losses</source>
        <translation>Verlustfunktionen vergleichen</translation>
    </message>
    <message>
        <source>Start or pause the chosen copies together.</source>
        <translation>Startet oder pausiert die gewählten Kopien gemeinsam.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Every copy back to the same starting weights.</source>
        <translation>Alle Kopien zurück auf dieselben Startgewichte.</translation>
    </message>
    <message>
        <source>Start confidently wrong</source>
        <translation>Sicher falsch starten</translation>
    </message>
    <message>
        <source>start confidently wrong</source>
        <translation>sicher falsch starten</translation>
    </message>
    <message>
        <source>Every copy starts out saying one class for every point, 99.8% sure (the output bias set to 6): confidently wrong about every point of the other class. Switching starts the runs over.</source>
        <translation>Jede Kopie sagt anfangs für jeden Punkt dieselbe Klasse voraus, zu 99,8 % sicher (der Ausgabe-Bias steht auf 6): sicher falsch bei jedem Punkt der anderen Klasse. Umschalten startet die Läufe neu.</translation>
    </message>
    <message>
        <source>compare {loss}</source>
        <translation>{loss} vergleichen</translation>
    </message>
    <message>
        <source>Train and show the copy that minimises {loss}.</source>
        <translation>Trainiert und zeigt die Kopie, die {loss} minimiert.</translation>
    </message>
    <message>
        <source>{loss} run: {loss} loss</source>
        <translation>{loss}-Lauf: {loss}-Verlust</translation>
    </message>
    <message>
        <source>{loss} run</source>
        <translation>{loss}-Lauf</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>training loss (each run&apos;s own loss)</source>
        <translation>Trainingsverlust (je Lauf)</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>test R²</source>
        <translation>Test-R²</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation>noch nicht trainiert</translation>
    </message>
    <message>
        <source>{accuracy} test accuracy</source>
        <translation>{accuracy} Testgenauigkeit</translation>
    </message>
    <message>
        <source>test R² {r2}</source>
        <translation>Test-R² {r2}</translation>
    </message>
    <message>
        <source>{loss} · epoch {epoch} · {shown}</source>
        <translation>{loss} · Epoche {epoch} · {shown}</translation>
    </message>
</context>
<context>
    <name>CsvCounts</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feature column(s)</source>
        <translation>
            <numerusform>%Ln Merkmalsspalte</numerusform>
            <numerusform>%Ln Merkmalsspalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Classification with %Ln classes: {names}</source>
        <translation>
            <numerusform>Klassifikation mit %Ln Klasse: {names}</numerusform>
            <numerusform>Klassifikation mit %Ln Klassen: {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import CSV data: {name}</source>
        <translation>CSV-Daten importieren: {name}</translation>
    </message>
    <message>
        <source>import CSV data</source>
        <translation>CSV-Daten importieren</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>reading progress</source>
        <translation>Lesefortschritt</translation>
    </message>
    <message>
        <source>How much of the file has been read</source>
        <translation>Wie viel der Datei schon gelesen ist</translation>
    </message>
    <message>
        <source>Reading… %p%</source>
        <translation>Lese… %p %</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>cancel reading</source>
        <translation>Lesen abbrechen</translation>
    </message>
    <message>
        <source>Stop reading the file</source>
        <translation>Hört auf, die Datei zu lesen</translation>
    </message>
    <message>
        <source>problem with the file</source>
        <translation>Problem mit der Datei</translation>
    </message>
    <message>
        <source>target column</source>
        <translation>Zielspalte</translation>
    </message>
    <message>
        <source>The column the network learns to predict; every other column is an input and must hold numbers.</source>
        <translation>Die Spalte, die das Netz vorhersagen lernt; jede andere Spalte ist eine Eingabe und muss Zahlen enthalten.</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Classification predicts a class (text, or a few whole numbers); regression predicts a number. Auto-detect decides from the target column.</source>
        <translation>Klassifikation sagt eine Klasse voraus (Text oder wenige ganze Zahlen), Regression eine Zahl. Automatisch entscheidet anhand der Zielspalte.</translation>
    </message>
    <message>
        <source>Auto-detect</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>what was found</source>
        <translation>was gefunden wurde</translation>
    </message>
    <message>
        <source>preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <source>The first {rows} rows of the file, numbered by their line in the file; the target column is highlighted.</source>
        <translation>Die ersten {rows} Zeilen der Datei, nummeriert nach ihrer Zeile in der Datei; die Zielspalte ist hervorgehoben.</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>Zielspalte</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Use this data</source>
        <translation>Diese Daten verwenden</translation>
    </message>
    <message>
        <source>use this data</source>
        <translation>diese Daten verwenden</translation>
    </message>
    <message>
        <source>Train on this file instead of the data loaded now</source>
        <translation>Mit dieser Datei statt der jetzt geladenen Daten trainieren</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>abbrechen</translation>
    </message>
    <message>
        <source>Close without changing the data</source>
        <translation>Schließen, ohne die Daten zu ändern</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the file again with this choice…</source>
        <translation>Die Datei wird mit dieser Wahl neu gelesen…</translation>
    </message>
    <message>
        <source>This file cannot be used as it is.</source>
        <translation>Diese Datei lässt sich so nicht verwenden.</translation>
    </message>
    <message>
        <source>This choice of target and task does not work for this file.</source>
        <translation>Diese Wahl von Ziel und Aufgabe passt nicht zu dieser Datei.</translation>
    </message>
    <message>
        <source>The start of the file, numbered by line; the cell the message points at is marked in red.</source>
        <translation>Der Anfang der Datei, nach Zeilen nummeriert; die Zelle, auf die die Meldung zeigt, ist rot markiert.</translation>
    </message>
    <message numerus="yes">
        <source>The first {shown} of %Ln row(s). Every column but the target is an input and must hold numbers; the target (highlighted) may be text.</source>
        <translation>
            <numerusform>Die ersten {shown} von %Ln Zeile. Jede Spalte außer dem Ziel ist eine Eingabe und muss Zahlen enthalten; das Ziel (hervorgehoben) darf Text sein.</numerusform>
            <numerusform>Die ersten {shown} von %Ln Zeilen. Jede Spalte außer dem Ziel ist eine Eingabe und muss Zahlen enthalten; das Ziel (hervorgehoben) darf Text sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (target)</source>
        <translation>{name} (Ziel)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the target: what the network learns to predict</source>
        <translation>„{name}“ ist das Ziel: das, was das Netz vorhersagen lernt</translation>
    </message>
    <message>
        <source>The problem is here</source>
        <translation>Hier liegt das Problem</translation>
    </message>
</context>
<context>
    <name>DataCounts</name>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln Punkt</numerusform>
            <numerusform>%Ln Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln input(s)</source>
        <translation>
            <numerusform>%Ln Eingabe</numerusform>
            <numerusform>%Ln Eingaben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>The data the network learns from: a built-in set, or your CSV file.</source>
        <translation>Die Daten, aus denen das Netz lernt: ein eingebauter Datensatz oder Ihre CSV-Datei.</translation>
    </message>
    <message>
        <source>{title}: {description}</source>
        <translation>{title}: {description}</translation>
    </message>
    <message>
        <source>Open CSV…</source>
        <translation>CSV öffnen…</translation>
    </message>
    <message>
        <source>open CSV file</source>
        <translation>CSV-Datei öffnen</translation>
    </message>
    <message>
        <source>Load your own table from a CSV file (Ctrl+O): numeric input columns and one target column.</source>
        <translation>Laden Sie Ihre eigene Tabelle aus einer CSV-Datei (Strg+O): Eingabespalten mit Zahlen und eine Zielspalte.</translation>
    </message>
    <message>
        <source>built-in data sets</source>
        <translation>eingebaute Datensätze</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>data set {title}</source>
        <translation>Datensatz {title}</translation>
    </message>
    <message>
        <source>data summary</source>
        <translation>Datenübersicht</translation>
    </message>
    <message>
        <source>data error</source>
        <translation>Datenfehler</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Noise, 0% to 50%: how much the points stray from the clean pattern (TF Playground&apos;s noise).</source>
        <translation>Rauschen, 0 % bis 50 %: wie weit die Punkte vom sauberen Muster abweichen (das Rauschen von TF Playground).</translation>
    </message>
    <message>
        <source>number of points</source>
        <translation>Anzahl der Punkte</translation>
    </message>
    <message>
        <source>How many points to generate, {low} to {high}.</source>
        <translation>Wie viele Punkte erzeugt werden, {low} bis {high}.</translation>
    </message>
    <message>
        <source>data seed</source>
        <translation>Daten-Seed</translation>
    </message>
    <message>
        <source>The random seed the points are drawn with: the same seed gives the same points.</source>
        <translation>Der Zufalls-Seed, mit dem die Punkte gezogen werden: derselbe Seed ergibt dieselben Punkte.</translation>
    </message>
    <message>
        <source>regenerate data</source>
        <translation>Daten neu erzeugen</translation>
    </message>
    <message>
        <source>Draw fresh points with the next seed.</source>
        <translation>Zieht neue Punkte mit dem nächsten Seed.</translation>
    </message>
    <message>
        <source>training data share</source>
        <translation>Anteil der Trainingsdaten</translation>
    </message>
    <message>
        <source>Share of the rows used for training, 10% to 90%; the rest test how well the network does on data it has not seen.</source>
        <translation>Anteil der Zeilen für das Training, 10 % bis 90 %; der Rest prüft, wie gut das Netz mit Daten zurechtkommt, die es nicht gesehen hat.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu würfeln</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>Daten-Seed</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Open CSV data</source>
        <translation>CSV-Daten öffnen</translation>
    </message>
    <message>
        <source>CSV data (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Daten (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Noise {percent}</source>
        <translation>Rauschen {percent}</translation>
    </message>
    <message>
        <source>Training data {percent}</source>
        <translation>Trainingsdaten {percent}</translation>
    </message>
    <message>
        <source>{tip} Only for built-in sets: a CSV file&apos;s rows are what they are.</source>
        <translation>{tip} Nur für eingebaute Datensätze: Die Zeilen einer CSV-Datei bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Your CSV file: {name}</source>
        <translation>Ihre CSV-Datei: {name}</translation>
    </message>
</context>
<context>
    <name>EarlyStoppingControls</name>
    <message>
        <source>Stop early after</source>
        <translation>Früh stoppen nach</translation>
    </message>
    <message>
        <source>Early stopping, as in Keras and scikit-learn: pause once the validation loss has not improved for this many epochs, and go back to the weights of the epoch where it was lowest. Needs validation rows; a tenth of the training rows is set aside if there are none.</source>
        <translation>Frühes Stoppen wie in Keras und scikit-learn: pausieren, sobald sich der Validierungsverlust so viele Epochen lang nicht verbessert hat, und zu den Gewichten der Epoche zurückkehren, in der er am niedrigsten war. Braucht Validierungszeilen; gibt es keine, wird ein Zehntel der Trainingszeilen beiseitegelegt.</translation>
    </message>
    <message>
        <source>The patience: epochs without a better validation loss before training stops.</source>
        <translation>Die Geduld: Epochen ohne besseren Validierungsverlust, bevor das Training stoppt.</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Share of the training rows set aside for validation: the network never trains on them, so their loss shows when it starts to memorize. The test rows stay untouched. Changing it makes a new split and fresh weights.</source>
        <translation>Anteil der Trainingszeilen, der für die Validierung beiseitegelegt wird: Das Netz trainiert nie mit ihnen, daher zeigt ihr Verlust, wann es anfängt auswendig zu lernen. Die Testzeilen bleiben unberührt. Eine Änderung teilt die Daten neu auf und zieht frische Gewichte.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Go to best epoch</source>
        <translation>Zur besten Epoche</translation>
    </message>
    <message>
        <source>Put back the weights of the epoch with the lowest validation loss. The curve stays as it is.</source>
        <translation>Die Gewichte der Epoche mit dem niedrigsten Validierungsverlust zurückholen. Die Kurve bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Validation rows</source>
        <translation>Validierungszeilen</translation>
    </message>
    <message>
        <source>stop early</source>
        <translation>früh stoppen</translation>
    </message>
    <message>
        <source>patience</source>
        <translation>Geduld</translation>
    </message>
    <message>
        <source>validation fraction</source>
        <translation>Anteil für die Validierung</translation>
    </message>
    <message>
        <source>go to best epoch</source>
        <translation>zur besten Epoche</translation>
    </message>
    <message numerus="yes">
        <source>Now %n row(s) ({share} of the training split).</source>
        <translation>
            <numerusform>Jetzt %n Zeile ({share} der Trainingsdaten).</numerusform>
            <numerusform>Jetzt %n Zeilen ({share} der Trainingsdaten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Now none.</source>
        <translation>Jetzt keine.</translation>
    </message>
</context>
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
    <name>LandscapeDialog</name>
    <message>
        <source>Press Compute to map the loss around the current weights.</source>
        <translation>Drücken Sie Berechnen, um den Verlust rund um die aktuellen Gewichte abzubilden.</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>Verlustlandschaft</translation>
    </message>
    <message>
        <source>Grid points along each direction: more is finer and slower.</source>
        <translation>Gitterpunkte in jeder Richtung: mehr ist feiner und langsamer.</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>How far to look along each direction, in units of the weights&apos; own size.</source>
        <translation>Wie weit in jede Richtung geschaut wird, in Einheiten der Größe der Gewichte selbst.</translation>
    </message>
    <message>
        <source>span</source>
        <translation>Spanne</translation>
    </message>
    <message>
        <source>Seeds the two random directions.</source>
        <translation>Seed für die zwei zufälligen Richtungen.</translation>
    </message>
    <message>
        <source>direction seed</source>
        <translation>Richtungs-Seed</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Spanne</translation>
    </message>
    <message>
        <source>Direction seed</source>
        <translation>Richtungs-Seed</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <source>Compute the slice at the current weights.</source>
        <translation>Berechnet den Schnitt bei den aktuellen Gewichten.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop computing.</source>
        <translation>Berechnung abbrechen.</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>α  (random direction 1)</source>
        <translation>α  (Zufallsrichtung 1)</translation>
    </message>
    <message>
        <source>β  (random direction 2)</source>
        <translation>β  (Zufallsrichtung 2)</translation>
    </message>
    <message>
        <source>log₁₀ loss</source>
        <translation>log₁₀ Verlust</translation>
    </message>
    <message>
        <source>training path</source>
        <translation>Trainingspfad</translation>
    </message>
    <message>
        <source>Computing {count} losses…</source>
        <translation>{count} Verluste werden berechnet…</translation>
    </message>
    <message>
        <source>Could not compute the landscape: {message}</source>
        <translation>Die Landschaft ließ sich nicht berechnen: {message}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Loss here: {here}. Lowest on this slice: {low}, highest: {high}. The star marks the current weights; the white line is the path training took, projected onto this plane.</source>
        <translation>Verlust hier: {here}. Niedrigster auf diesem Schnitt: {low}, höchster: {high}. Der Stern markiert die aktuellen Gewichte; die weiße Linie ist der Weg des Trainings, auf diese Ebene projiziert.</translation>
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
        <translation>Trainieren Sie eine Epoche, um die Verlustkurve zu zeichnen.</translation>
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
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open an experiment (.json) or a CSV data file</source>
        <translation>Ein Experiment (.json) oder eine CSV-Datendatei öffnen</translation>
    </message>
    <message>
        <source>Import CSV data…</source>
        <translation>CSV-Daten importieren…</translation>
    </message>
    <message>
        <source>Load your own data from a CSV file</source>
        <translation>Eigene Daten aus einer CSV-Datei laden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the experiment</source>
        <translation>Das Experiment speichern</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save the experiment under a new name</source>
        <translation>Das Experiment unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>Loss curve as PNG…</source>
        <translation>Verlustkurve als PNG…</translation>
    </message>
    <message>
        <source>Loss curve as SVG…</source>
        <translation>Verlustkurve als SVG…</translation>
    </message>
    <message>
        <source>Loss curve as CSV…</source>
        <translation>Verlustkurve als CSV…</translation>
    </message>
    <message>
        <source>Window as PNG…</source>
        <translation>Fenster als PNG…</translation>
    </message>
    <message>
        <source>Weights as JSON…</source>
        <translation>Gewichte als JSON…</translation>
    </message>
    <message>
        <source>Weights as NPZ…</source>
        <translation>Gewichte als NPZ…</translation>
    </message>
    <message>
        <source>Export as Python…</source>
        <translation>Als Python exportieren…</translation>
    </message>
    <message>
        <source>Write this run as one Python script that repeats it (numpy or PyTorch)</source>
        <translation>Diesen Lauf als ein Python-Skript schreiben, das ihn wiederholt (numpy oder PyTorch)</translation>
    </message>
    <message>
        <source>Print worksheet…</source>
        <translation>Arbeitsblatt drucken…</translation>
    </message>
    <message>
        <source>A PDF of one training step to work out by hand, with its answer key</source>
        <translation>Ein PDF mit einem Trainingsschritt zum Nachrechnen von Hand, mit Lösungen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Train / Pause</source>
        <translation>Trainieren / Pause</translation>
    </message>
    <message>
        <source>Start or pause training</source>
        <translation>Training starten oder pausieren</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>One training step</source>
        <translation>Ein Trainingsschritt</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Fresh weights from the seed; clears the curve</source>
        <translation>Frische Gewichte aus dem Startwert; leert die Kurve</translation>
    </message>
    <message>
        <source>Compare losses…</source>
        <translation>Verlustfunktionen vergleichen…</translation>
    </message>
    <message>
        <source>Train copies side by side from the same weights, one per loss</source>
        <translation>Kopien nebeneinander von denselben Gewichten aus trainieren, eine pro Verlustfunktion</translation>
    </message>
    <message>
        <source>Loss landscape…</source>
        <translation>Verlustlandschaft…</translation>
    </message>
    <message>
        <source>A 2-D slice of the loss surface around the current weights</source>
        <translation>Ein 2-D-Schnitt durch die Verlustfläche um die aktuellen Gewichte</translation>
    </message>
    <message>
        <source>Bookmark this moment</source>
        <translation>Diesen Moment merken</translation>
    </message>
    <message>
        <source>Remember the weights, curve and settings to come back to</source>
        <translation>Gewichte, Kurve und Einstellungen merken, um zu ihnen zurückzukehren</translation>
    </message>
    <message>
        <source>Clear earlier runs&apos; curves</source>
        <translation>Kurven früherer Läufe entfernen</translation>
    </message>
    <message>
        <source>Remove the faded curves of earlier runs</source>
        <translation>Die blassen Kurven früherer Läufe entfernen</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen, big text and lines, fewer controls: for a projector</source>
        <translation>Vollbild, große Schrift und Linien, weniger Bedienelemente: für einen Beamer</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Bigger text and lines</source>
        <translation>Größere Schrift und Linien</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Smaller text and lines</source>
        <translation>Kleinere Schrift und Linien</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Text and lines at normal size</source>
        <translation>Schrift und Linien in normaler Größe</translation>
    </message>
    <message>
        <source>About Loss Explorer</source>
        <translation>Über Loss Explorer</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>The loss formula with this moment&apos;s numbers</source>
        <translation>Die Verlustformel mit den Zahlen dieses Moments</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>Schrittweise</translation>
    </message>
    <message>
        <source>Follow one point through forward, loss, backward and update</source>
        <translation>Einen Punkt durch Vorwärtsdurchlauf, Verlust, Rückpropagierung und Aktualisierung verfolgen</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Built-in lessons, and saving your own</source>
        <translation>Eingebaute Lektionen, und eigene speichern</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Moments of training to go back to</source>
        <translation>Momente des Trainings, zu denen man zurückkehren kann</translation>
    </message>
    <message>
        <source>Tabs to the left</source>
        <translation>Reiter links</translation>
    </message>
    <message>
        <source>Tabs to the right</source>
        <translation>Reiter rechts</translation>
    </message>
    <message>
        <source>Compare losses</source>
        <translation>Verlustfunktionen vergleichen</translation>
    </message>
    <message>
        <source>Zoom {zoom} does not fit this screen ({width}×{height}); {fitted} is the largest that does.</source>
        <translation>Zoom {zoom} passt nicht auf diesen Bildschirm ({width}×{height}); {fitted} ist der größte, der passt.</translation>
    </message>
    <message>
        <source>{kind} files</source>
        <translation>{kind}-Dateien</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another folder or file name.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loss Explorer&lt;/b&gt;&lt;p&gt;Draw a network, pick a loss, and watch backpropagation lower it.&lt;p&gt;Loss measures how wrong the network is; 0 would be perfect.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Loss Explorer&lt;/b&gt;&lt;p&gt;Zeichnen Sie ein Netz, wählen Sie eine Verlustfunktion und sehen Sie zu, wie die Rückpropagierung den Verlust senkt.&lt;p&gt;Der Verlust misst, wie falsch das Netz liegt; 0 wäre perfekt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Experiments and data (*.json *.csv *.tsv *.txt);;Experiments (*.json);;CSV data (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Experimente und Daten (*.json *.csv *.tsv *.txt);;Experimente (*.json);;CSV-Daten (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open this experiment</source>
        <translation>Dieses Experiment konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be opened because of an unexpected error (written to the log).</source>
        <translation>&apos;{name}&apos; konnte wegen eines unerwarteten Fehlers nicht geöffnet werden (im Protokoll vermerkt).</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>Experiment speichern</translation>
    </message>
    <message>
        <source>Experiments (*.json)</source>
        <translation>Experimente (*.json)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Your previous file, if any, is unchanged. Choose another folder or name.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}. Ihre bisherige Datei, falls vorhanden, ist unverändert. Wählen Sie einen anderen Ordner oder Namen.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>This experiment has changes that are not saved. Save them first?</source>
        <translation>Dieses Experiment hat Änderungen, die nicht gespeichert sind. Zuerst speichern?</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
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
    <name>PredictPanel</name>
    <message>
        <source>Predict first, then train.</source>
        <translation>Erst vorhersagen, dann trainieren.</translation>
    </message>
    <message>
        <source>How many more epochs the prediction is about.</source>
        <translation>Um wie viele weitere Epochen es in der Vorhersage geht.</translation>
    </message>
    <message>
        <source>The band you expect the training loss to end in.</source>
        <translation>Der Bereich, in dem der Trainingsverlust Ihrer Erwartung nach landet.</translation>
    </message>
    <message>
        <source>Don&apos;t predict</source>
        <translation>Keine Vorhersage</translation>
    </message>
    <message>
        <source>Whether the test loss will rise: overfitting.</source>
        <translation>Ob der Testverlust steigen wird: Überanpassung.</translation>
    </message>
    <message>
        <source>It will keep falling</source>
        <translation>Er sinkt weiter</translation>
    </message>
    <message>
        <source>It will rise</source>
        <translation>Er steigt</translation>
    </message>
    <message>
        <source>Commit my prediction</source>
        <translation>Vorhersage festlegen</translation>
    </message>
    <message>
        <source>Write the prediction down; then train to see the truth beside it.</source>
        <translation>Schreibt die Vorhersage fest; trainieren Sie dann, um das Ergebnis daneben zu sehen.</translation>
    </message>
    <message>
        <source>Your earlier predictions in this lesson, with what happened.</source>
        <translation>Ihre früheren Vorhersagen in dieser Lektion, mit dem, was geschah.</translation>
    </message>
    <message>
        <source>Epochs from now</source>
        <translation>Epochen ab jetzt</translation>
    </message>
    <message>
        <source>Training loss then</source>
        <translation>Trainingsverlust dann</translation>
    </message>
    <message>
        <source>Test loss on the way</source>
        <translation>Testverlust unterwegs</translation>
    </message>
    <message>
        <source>Predict, then run</source>
        <translation>Vorhersagen, dann trainieren</translation>
    </message>
    <message>
        <source>Earlier predictions</source>
        <translation>Frühere Vorhersagen</translation>
    </message>
    <message>
        <source>Draw my boundary</source>
        <translation>Grenze zeichnen</translation>
    </message>
    <message>
        <source>Then drag on the output view&apos;s plane to draw where the network&apos;s decision boundary will end up, or click corner after corner. Escape clears it.</source>
        <translation>Ziehen Sie dann auf der Ebene der Ausgabeansicht, wo die Entscheidungsgrenze des Netzes landen wird, oder klicken Sie Ecke für Ecke. Escape löscht sie.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove the line you drew.</source>
        <translation>Entfernt die gezeichnete Linie.</translation>
    </message>
    <message>
        <source>How close was I?</source>
        <translation>Wie nah war ich?</translation>
    </message>
    <message>
        <source>Compare your line with the network&apos;s boundary now. It is also compared when a run stops.</source>
        <translation>Vergleicht Ihre Linie jetzt mit der Grenze des Netzes. Verglichen wird auch, wenn ein Lauf endet.</translation>
    </message>
    <message>
        <source>Predict the boundary</source>
        <translation>Die Grenze vorhersagen</translation>
    </message>
    <message>
        <source>Built-in challenges, each with a goal.</source>
        <translation>Eingebaute Herausforderungen, jede mit einem Ziel.</translation>
    </message>
    <message>
        <source>Start challenge</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Set up this challenge (your current work is replaced) and check its goal as you train.</source>
        <translation>Richtet diese Herausforderung ein (Ihre aktuelle Arbeit wird ersetzt) und prüft ihr Ziel beim Trainieren.</translation>
    </message>
    <message>
        <source>Your attempts at this challenge, best first.</source>
        <translation>Ihre Versuche bei dieser Herausforderung, die besten zuerst.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Herausforderung</translation>
    </message>
    <message>
        <source>Pick a band or a test-loss answer first.</source>
        <translation>Wählen Sie zuerst einen Bereich oder eine Antwort zum Testverlust.</translation>
    </message>
    <message>
        <source>Your prediction: {prediction}. Now train to epoch {epoch}.</source>
        <translation>Ihre Vorhersage: {prediction}. Trainieren Sie jetzt bis Epoche {epoch}.</translation>
    </message>
    <message>
        <source>The run started over, so the prediction was dropped. Predict again.</source>
        <translation>Der Lauf hat neu begonnen, daher wurde die Vorhersage verworfen. Sagen Sie erneut voraus.</translation>
    </message>
    <message>
        <source>You predicted: {prediction}.</source>
        <translation>Sie sagten voraus: {prediction}.</translation>
    </message>
    <message>
        <source>The data changed, so the prediction was dropped. Predict again.</source>
        <translation>Die Daten haben sich geändert, daher wurde die Vorhersage verworfen. Sagen Sie erneut voraus.</translation>
    </message>
    <message>
        <source>Before you train, press Draw my boundary and draw on the output view where the network will separate the classes.</source>
        <translation>Drücken Sie vor dem Training auf Grenze zeichnen und zeichnen Sie in der Ausgabeansicht ein, wo das Netz die Klassen trennen wird.</translation>
    </message>
    <message>
        <source>Drawing a boundary needs data with two inputs and classes, such as circle or xor.</source>
        <translation>Zum Zeichnen einer Grenze braucht es Daten mit zwei Eingaben und Klassen, etwa circle oder xor.</translation>
    </message>
    <message>
        <source>You said: {prediction}. {outcome}</source>
        <translation>Sie sagten: {prediction}. {outcome}</translation>
    </message>
    <message>
        <source>No challenges found.</source>
        <translation>Keine Herausforderungen gefunden.</translation>
    </message>
    <message>
        <source>Goal: {goal}.</source>
        <translation>Ziel: {goal}.</translation>
    </message>
    <message>
        <source>This challenge is checked in the Compare window: open Train → Compare losses… and train both runs there.</source>
        <translation>Diese Herausforderung wird im Vergleichsfenster geprüft: Öffnen Sie Trainieren → Verlustfunktionen vergleichen… und trainieren Sie dort beide Läufe.</translation>
    </message>
    <message>
        <source>Under way: train, and change what you like.</source>
        <translation>Läuft: Trainieren Sie und ändern Sie, was Sie möchten.</translation>
    </message>
    <message>
        <source>“{title}” is over: another lesson or file was opened. Press Start challenge to try it again.</source>
        <translation>„{title}“ ist vorbei: Eine andere Lektion oder Datei wurde geöffnet. Drücken Sie Starten, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Goal met at epoch {epoch}. Well done. {status}</source>
        <translation>Ziel in Epoche {epoch} erreicht. Gut gemacht. {status}</translation>
    </message>
    <message>
        <source>Epoch {epoch} came without the goal: {status}. Change something and start the challenge again.</source>
        <translation>Epoche {epoch} ist erreicht, das Ziel nicht: {status}. Ändern Sie etwas und starten Sie die Herausforderung erneut.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>RacePrediction</name>
    <message>
        <source>Predict first: which run reaches {share} test accuracy first (by epoch {epoch})?</source>
        <translation>Erst vorhersagen: Welcher Lauf erreicht zuerst {share} Testgenauigkeit (bis Epoche {epoch})?</translation>
    </message>
    <message>
        <source>Which run will reach {share} test accuracy first?</source>
        <translation>Welcher Lauf erreicht zuerst {share} Testgenauigkeit?</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>Write your prediction down, then press Train both.</source>
        <translation>Schreibt Ihre Vorhersage fest; drücken Sie dann Trainieren.</translation>
    </message>
    <message>
        <source>Prediction:</source>
        <translation>Vorhersage:</translation>
    </message>
    <message>
        <source>You said: {choice}. Now train both.</source>
        <translation>Sie sagten: {choice}. Trainieren Sie jetzt beide.</translation>
    </message>
    <message>
        <source>{mark} First to {share} test accuracy: {winner}. You said {guess}.</source>
        <translation>{mark} Zuerst bei {share} Testgenauigkeit: {winner}. Sie sagten {guess}.</translation>
    </message>
</context>
<context>
    <name>Readouts</name>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <source>Train accuracy</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>{speed} epochs/s</source>
        <translation>{speed} Epochen/s</translation>
    </message>
    <message>
        <source>Loss on the training points: how wrong the network is there; 0 would be perfect.</source>
        <translation>Verlust auf den Trainingspunkten: wie falsch das Netz dort liegt; 0 wäre perfekt.</translation>
    </message>
    <message>
        <source>Loss on points the network never trains on: how well it generalises.</source>
        <translation>Verlust auf Punkten, mit denen das Netz nie trainiert: wie gut es verallgemeinert.</translation>
    </message>
    <message>
        <source>Train R²</source>
        <translation>Training R²</translation>
    </message>
    <message>
        <source>Test R²</source>
        <translation>Test R²</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>{loss} (standardized)</source>
        <translation>{loss} (standardisiert)</translation>
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
    <name>TrainingControls</name>
    <message>
        <source>Start or pause training (Space). Pausing keeps the weights; Train goes on from them.</source>
        <translation>Training starten oder pausieren (Leertaste). Die Pause behält die Gewichte; Trainieren macht mit ihnen weiter.</translation>
    </message>
    <message>
        <source>Take one training step: forward, loss, backward, update (one batch or one epoch).</source>
        <translation>Einen Trainingsschritt machen: Vorwärtsdurchlauf, Verlust, Rückpropagierung, Aktualisierung (ein Batch oder eine Epoche).</translation>
    </message>
    <message>
        <source>What one press of Step trains: one batch or one whole epoch.</source>
        <translation>Was ein Druck auf Schritt trainiert: einen Batch oder eine ganze Epoche.</translation>
    </message>
    <message>
        <source>Start again from fresh weights drawn from the seed, and clear the curve.</source>
        <translation>Neu beginnen mit frischen Gewichten aus dem Startwert, und die Kurve leeren.</translation>
    </message>
    <message>
        <source>The loss: how wrong the network is. MSE for numbers, cross-entropy for classes.</source>
        <translation>Der Verlust: wie falsch das Netz liegt. MSE für Zahlen, Kreuzentropie für Klassen.</translation>
    </message>
    <message>
        <source>The formula of the loss that is being minimised.</source>
        <translation>Die Formel des Verlusts, der minimiert wird.</translation>
    </message>
    <message>
        <source>Learning rate η: how far each update moves the weights, w ← w − η·∂L/∂w.</source>
        <translation>Lernrate η: wie weit jede Aktualisierung die Gewichte bewegt, w ← w − η·∂L/∂w.</translation>
    </message>
    <message>
        <source>Samples per training step (minibatch size).</source>
        <translation>Beispiele pro Trainingsschritt (Größe des Minibatches).</translation>
    </message>
    <message>
        <source>How the gradient moves the weights.</source>
        <translation>Wie der Gradient die Gewichte bewegt.</translation>
    </message>
    <message>
        <source>A penalty on big weights: L1 pushes weights to exactly 0, L2 shrinks them.</source>
        <translation>Eine Strafe für große Gewichte: L1 drückt Gewichte auf genau 0, L2 verkleinert sie.</translation>
    </message>
    <message>
        <source>How strongly big weights are penalised.</source>
        <translation>Wie stark große Gewichte bestraft werden.</translation>
    </message>
    <message>
        <source>Training speed: from slow motion (one step a second, to watch in class) to full speed.</source>
        <translation>Trainingstempo: von Zeitlupe (ein Schritt pro Sekunde, zum Zuschauen im Unterricht) bis volles Tempo.</translation>
    </message>
    <message>
        <source>Pause automatically at this epoch.</source>
        <translation>In dieser Epoche automatisch pausieren.</translation>
    </message>
    <message>
        <source>The epoch at which training pauses.</source>
        <translation>Die Epoche, in der das Training pausiert.</translation>
    </message>
    <message>
        <source>Pause automatically once the training loss is this low.</source>
        <translation>Automatisch pausieren, sobald der Trainingsverlust so niedrig ist.</translation>
    </message>
    <message>
        <source>The training loss at which training pauses.</source>
        <translation>Der Trainingsverlust, bei dem das Training pausiert.</translation>
    </message>
    <message>
        <source>train or pause</source>
        <translation>trainieren oder pausieren</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>step unit</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>zurücksetzen</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlustfunktion</translation>
    </message>
    <message>
        <source>loss formula</source>
        <translation>Verlustformel</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>regularization</source>
        <translation>Regularisierung</translation>
    </message>
    <message>
        <source>regularization rate</source>
        <translation>Regularisierungsrate</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>stop at epoch</source>
        <translation>Stopp bei Epoche</translation>
    </message>
    <message>
        <source>stop epoch</source>
        <translation>Epoche für den Stopp</translation>
    </message>
    <message>
        <source>stop at loss</source>
        <translation>Stopp bei Verlust</translation>
    </message>
    <message>
        <source>stop loss</source>
        <translation>Verlust für den Stopp</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>1 batch</source>
        <translation>1 Batch</translation>
    </message>
    <message>
        <source>1 epoch</source>
        <translation>1 Epoche</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Stop at epoch</source>
        <translation>Stopp bei Epoche</translation>
    </message>
    <message>
        <source>Stop when train loss ≤</source>
        <translation>Stopp bei Verlust ≤</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>More settings</source>
        <translation>Weitere Einstellungen</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>Regularisierung</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>This loss does not fit</source>
        <translation>Diese Verlustfunktion passt nicht</translation>
    </message>
    <message>
        <source>This loss needs another output layer</source>
        <translation>Diese Verlustfunktion braucht eine andere Ausgabeschicht</translation>
    </message>
    <message>
        <source>full speed</source>
        <translation>volles Tempo</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)/s</source>
        <translation>
            <numerusform>%n Schritt/s</numerusform>
            <numerusform>%n Schritte/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationCurve</name>
    <message>
        <source>Train is measured on the rows the weights are fitted to, test on unseen rows: test rising while train falls means memorizing.</source>
        <translation>Training wird auf den gelernten Zeilen gemessen, Test auf ungesehenen: Steigt Test, während Training fällt, lernt das Netz auswendig.</translation>
    </message>
    <message>
        <source>Train falls because the weights fit those rows; validation and test are unseen rows, so when they rise while train falls, the network is memorizing.</source>
        <translation>Training fällt, weil die Gewichte diese Zeilen lernen; Validierung und Test sind ungesehen: Steigen sie dabei, lernt das Netz auswendig.</translation>
    </message>
    <message>
        <source>Why the curves differ. Validation rows are set aside from the training rows (More settings → Validation rows); early stopping watches them, so the test rows stay a fair final check.</source>
        <translation>Warum sich die Kurven unterscheiden. Validierungszeilen werden von den Trainingszeilen abgezweigt (Weitere Einstellungen → Validierungszeilen); das frühe Stoppen beobachtet sie, damit die Testzeilen eine faire Schlussprüfung bleiben.</translation>
    </message>
    <message>
        <source>best</source>
        <translation>beste</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>The epoch with the lowest validation loss: “Go to best epoch” puts its weights back.</source>
        <translation>Die Epoche mit dem niedrigsten Validierungsverlust: „Zur besten Epoche“ stellt ihre Gewichte wieder her.</translation>
    </message>
    <message>
        <source>Early stopping ended the run here and went back to the best epoch&apos;s weights.</source>
        <translation>Das frühe Stoppen hat den Lauf hier beendet und die Gewichte der besten Epoche wiederhergestellt.</translation>
    </message>
    <message>
        <source>Epoch {epoch}. {tip}</source>
        <translation>Epoche {epoch}. {tip}</translation>
    </message>
</context>
<context>
    <name>activations</name>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>linear passes its input on unchanged.</source>
        <translation>linear gibt seine Eingabe unverändert weiter.</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>tanh squashes its input into -1..1.</source>
        <translation>tanh staucht seine Eingabe auf -1..1.</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>sigmoid squashes its input into 0..1.</source>
        <translation>Sigmoid staucht seine Eingabe auf 0..1.</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>ReLU passes positive inputs and turns negative ones into 0.</source>
        <translation>ReLU gibt positive Eingaben weiter und macht negative zu 0.</translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU passes positive inputs and shrinks negative ones to 1%.</source>
        <translation>Leaky ReLU gibt positive Eingaben weiter und verkleinert negative auf 1 %.</translation>
    </message>
    <message>
        <source>softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>softmax turns the outputs into probabilities that add up to 1.</source>
        <translation>Softmax macht aus den Ausgaben Wahrscheinlichkeiten, die zusammen 1 ergeben.</translation>
    </message>
    <message>
        <source>Unknown activation {name!r}; choose one of {names}.</source>
        <translation>Unbekannte Aktivierungsfunktion {name!r}; wählen Sie eine von: {names}.</translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <source>Light theme</source>
        <translation>Helles Design</translation>
    </message>
    <message>
        <source>Use the light theme</source>
        <translation>Das helle Design verwenden</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Dunkles Design</translation>
    </message>
    <message>
        <source>Use the dark theme</source>
        <translation>Das dunkle Design verwenden</translation>
    </message>
    <message>
        <source>High-contrast theme</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Use the high-contrast theme</source>
        <translation>Das Design mit hohem Kontrast verwenden</translation>
    </message>
</context>
<context>
    <name>bookmarks</name>
    <message>
        <source>train loss {loss}</source>
        <translation>Trainingsverlust {loss}</translation>
    </message>
    <message>
        <source>untrained</source>
        <translation>untrainiert</translation>
    </message>
    <message>
        <source>epoch {epoch} · {loss_text} · {loss} · lr {rate} · {time}</source>
        <translation>Epoche {epoch} · {loss_text} · {loss} · Lernrate {rate} · {time}</translation>
    </message>
</context>
<context>
    <name>challenge</name>
    <message>
        <source>test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>A challenge&apos;s goal takes {conditions}; got {found}.</source>
        <translation>Das Ziel einer Herausforderung nimmt {conditions}; erhalten: {found}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>A challenge&apos;s &quot;beats&quot; takes a loss, the other loss, a metric ({metrics}) and by_epoch.</source>
        <translation>&quot;beats&quot; einer Herausforderung nimmt eine Verlustfunktion, die andere Verlustfunktion, eine Metrik ({metrics}) und by_epoch.</translation>
    </message>
    <message>
        <source>test loss under {loss}</source>
        <translation>Testverlust unter {loss}</translation>
    </message>
    <message>
        <source>training loss under {loss}</source>
        <translation>Trainingsverlust unter {loss}</translation>
    </message>
    <message>
        <source>test accuracy above {accuracy}</source>
        <translation>Testgenauigkeit über {accuracy}</translation>
    </message>
    <message>
        <source>at most {count} hidden neurons</source>
        <translation>höchstens {count} verdeckte Neuronen</translation>
    </message>
    <message>
        <source>with {loss}</source>
        <translation>mit „{loss}“</translation>
    </message>
    <message>
        <source>by epoch {epoch}</source>
        <translation>bis Epoche {epoch}</translation>
    </message>
    <message>
        <source>{loss} ahead of {other} in {metric} at epoch {epoch}, in Compare</source>
        <translation>„{loss}“ bei der {metric} in Epoche {epoch} vor „{other}“, im Vergleich</translation>
    </message>
    <message>
        <source>test loss {loss} (goal: under {goal})</source>
        <translation>Testverlust {loss} (Ziel: unter {goal})</translation>
    </message>
    <message>
        <source>training loss {loss} (goal: under {goal})</source>
        <translation>Trainingsverlust {loss} (Ziel: unter {goal})</translation>
    </message>
    <message>
        <source>test accuracy {accuracy} (goal: above {goal})</source>
        <translation>Testgenauigkeit {accuracy} (Ziel: über {goal})</translation>
    </message>
    <message>
        <source>{count} hidden neurons (goal: at most {goal})</source>
        <translation>{count} verdeckte Neuronen (Ziel: höchstens {goal})</translation>
    </message>
    <message>
        <source>loss {loss} (goal: {goal})</source>
        <translation>Verlustfunktion {loss} (Ziel: {goal})</translation>
    </message>
    <message>
        <source>epoch {epoch} (goal: by {goal})</source>
        <translation>Epoche {epoch} (Ziel: bis {goal})</translation>
    </message>
    <message>
        <source>two runs side by side: open Train → Compare losses…</source>
        <translation>zwei Läufe nebeneinander: Öffnen Sie Trainieren → Verlustfunktionen vergleichen…</translation>
    </message>
    <message>
        <source>Compare has no {loss} run for this data.</source>
        <translation>Der Vergleich hat für diese Daten keinen Lauf mit {loss}.</translation>
    </message>
    <message>
        <source>Compare has no {loss} or {other} run for this data.</source>
        <translation>Der Vergleich hat für diese Daten keinen Lauf mit {loss} oder {other}.</translation>
    </message>
    <message>
        <source>train both runs to epoch {epoch}</source>
        <translation>trainieren Sie beide Läufe bis Epoche {epoch}</translation>
    </message>
    <message>
        <source>epoch {epoch}: {loss} run {value} {metric}, {other} run {other_value} (goal: {loss} ahead at epoch {goal})</source>
        <translation>Epoche {epoch}: Lauf mit {loss} {value} {metric}, Lauf mit {other} {other_value} (Ziel: {loss} vorn in Epoche {goal})</translation>
    </message>
    <message>
        <source>from the usual starting weights (untick Start confidently wrong, then Reset)</source>
        <translation>von den üblichen Startgewichten aus (Häkchen bei „Sicher falsch starten“ entfernen, dann Zurücksetzen)</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>Comparing losses needs two that fit this data, and only {loss} fits a classification task. Load other data to compare losses.</source>
        <translation>Zum Vergleichen braucht es zwei Verlustfunktionen, die zu diesen Daten passen, und zu einer Klassifikation passt nur {loss}. Laden Sie andere Daten, um Verlustfunktionen zu vergleichen.</translation>
    </message>
    <message>
        <source>Comparing losses needs two that fit this data, and only {loss} fits a regression task. Load other data to compare losses.</source>
        <translation>Zum Vergleichen braucht es zwei Verlustfunktionen, die zu diesen Daten passen, und zu einer Regression passt nur {loss}. Laden Sie andere Daten, um Verlustfunktionen zu vergleichen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Same network, same starting weights, same data and optimizer; only the loss differs.</source>
        <translation>Gleiches Netz, gleiche Startgewichte, gleiche Daten und gleicher Optimierer; nur die Verlustfunktion unterscheidet sich.</translation>
    </message>
    <message>
        <source>Behind a sigmoid, MSE&apos;s gradient is multiplied by the sigmoid&apos;s slope p(1 − p), which is almost 0 when the network is confidently wrong, so MSE learns slowly exactly where it is most wrong. Cross-entropy&apos;s gradient is simply p − y. Started confidently wrong, the cross-entropy run recovers within a few epochs while the MSE run barely moves.</source>
        <translation>Hinter einer Sigmoid-Funktion wird der Gradient von MSE mit der Steigung p(1 − p) der Sigmoid-Funktion multipliziert, die fast 0 ist, wenn das Netz sicher falsch liegt; daher lernt MSE genau dort langsam, wo es am falschesten liegt. Der Gradient der Kreuzentropie ist einfach p − y. Sicher falsch gestartet, erholt sich der Kreuzentropie-Lauf in wenigen Epochen, während sich der MSE-Lauf kaum bewegt.</translation>
    </message>
</context>
<context>
    <name>csv_dialog</name>
    <message>
        <source>Loss Explorer could not read this file because of an unexpected problem ({error}).</source>
        <translation>Loss Explorer konnte diese Datei wegen eines unerwarteten Problems nicht lesen ({error}).</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} und {more} weitere</translation>
    </message>
    <message>
        <source>Regression of &apos;{target}&apos; (from {low} to {high})</source>
        <translation>Regression von „{target}“ (von {low} bis {high})</translation>
    </message>
</context>
<context>
    <name>csv_reader</name>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>that is not a file path</source>
        <translation>das ist kein Dateipfad</translation>
    </message>
    <message>
        <source>got {kind}, not text</source>
        <translation>{kind} erhalten, kein Text</translation>
    </message>
    <message>
        <source>the path is not valid</source>
        <translation>der Pfad ist ungültig</translation>
    </message>
    <message>
        <source>it starts like UTF-16 text but is not</source>
        <translation>sie beginnt wie UTF-16-Text, ist es aber nicht</translation>
    </message>
    <message>
        <source>it contains NUL bytes</source>
        <translation>sie enthält NUL-Bytes</translation>
    </message>
    <message>
        <source>it is full of control characters</source>
        <translation>sie ist voller Steuerzeichen</translation>
    </message>
    <message>
        <source>A class in column {column!r}</source>
        <translation>Eine Klasse in Spalte {column!r}</translation>
    </message>
    <message>
        <source>The name of column {number}</source>
        <translation>Der Name von Spalte {number}</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>it is not a dictionary</source>
        <translation>es ist kein Wörterbuch (Objekt)</translation>
    </message>
    <message>
        <source>it has neither a path nor the file&apos;s text</source>
        <translation>es hat weder einen Pfad noch den Text der Datei</translation>
    </message>
    <message>
        <source>{key} is missing</source>
        <translation>{key} fehlt</translation>
    </message>
    <message>
        <source>unknown kind {kind!r}</source>
        <translation>unbekannte Art {kind!r}</translation>
    </message>
</context>
<context>
    <name>data_errors</name>
    <message>
        <source>{n} row</source>
        <translation>{n} Zeile</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} Zeilen</translation>
    </message>
    <message>
        <source>{n} cell</source>
        <translation>{n} Zelle</translation>
    </message>
    <message>
        <source>{n} cells</source>
        <translation>{n} Zellen</translation>
    </message>
    <message>
        <source>{n} column</source>
        <translation>{n} Spalte</translation>
    </message>
    <message>
        <source>{n} columns</source>
        <translation>{n} Spalten</translation>
    </message>
    <message>
        <source>There is no built-in data set called {name!r}. Choose one of: {valid}.</source>
        <translation>Es gibt keinen eingebauten Datensatz namens {name!r}. Wählen Sie einen von: {valid}.</translation>
    </message>
    <message>
        <source>The number of samples must be a whole number from {low} to {high}, not {value!r}.</source>
        <translation>Die Anzahl der Punkte muss eine ganze Zahl von {low} bis {high} sein, nicht {value!r}.</translation>
    </message>
    <message>
        <source>Noise must be a number from 0 to 1 (0% to 100%), not {value!r}.</source>
        <translation>Das Rauschen muss eine Zahl von 0 bis 1 sein (0 % bis 100 %), nicht {value!r}.</translation>
    </message>
    <message>
        <source>The seed must be a whole number of 0 or more, not {value!r}.</source>
        <translation>Der Startwert (Seed) muss eine ganze Zahl ab 0 sein, nicht {value!r}.</translation>
    </message>
    <message>
        <source>File not found: &apos;{path}&apos;. Check the name and the folder.</source>
        <translation>Datei nicht gefunden: &apos;{path}&apos;. Prüfen Sie den Namen und den Ordner.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder, not a file. Choose a CSV file inside it.</source>
        <translation>&apos;{path}&apos; ist ein Ordner, keine Datei. Wählen Sie eine CSV-Datei darin.</translation>
    </message>
    <message>
        <source>Cannot read &apos;{path}&apos;: permission denied. Check the file&apos;s permissions, or copy it somewhere you can read.</source>
        <translation>&apos;{path}&apos; kann nicht gelesen werden: Zugriff verweigert. Prüfen Sie die Berechtigungen der Datei, oder kopieren Sie sie an einen Ort, an dem Sie lesen dürfen.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is {what}, not a regular file, so it is not read. Choose a CSV file saved on disk.</source>
        <translation>&apos;{path}&apos; ist {what}, keine gewöhnliche Datei, und wird daher nicht gelesen. Wählen Sie eine auf dem Datenträger gespeicherte CSV-Datei.</translation>
    </message>
    <message>
        <source>Cannot read &apos;{path}&apos;: {reason}.</source>
        <translation>&apos;{path}&apos; kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>The file is {size_mb:.0f} MB; the limit is {limit_mb} MB. Use a smaller sample of the rows.</source>
        <translation>Die Datei ist {size_mb:.0f} MB groß; die Grenze liegt bei {limit_mb} MB. Verwenden Sie eine kleinere Auswahl der Zeilen.</translation>
    </message>
    <message>
        <source>The file does not look like a text CSV file ({why}). If it is a spreadsheet, save it as CSV (comma separated) first.</source>
        <translation>Die Datei sieht nicht wie eine CSV-Textdatei aus ({why}). Wenn es eine Tabellenkalkulation ist, speichern Sie sie zuerst als CSV (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>The file is empty. A CSV file needs a header line with column names and rows of values.</source>
        <translation>Die Datei ist leer. Eine CSV-Datei braucht eine Kopfzeile mit Spaltennamen und Zeilen mit Werten.</translation>
    </message>
    <message>
        <source>The first line ({line!r}) looks like numbers, not column names. Add a header line with a name for each column, such as &apos;x1,x2,label&apos;.</source>
        <translation>Die erste Zeile ({line!r}) sieht nach Zahlen aus, nicht nach Spaltennamen. Fügen Sie eine Kopfzeile mit einem Namen für jede Spalte hinzu, etwa &apos;x1,x2,label&apos;.</translation>
    </message>
    <message>
        <source>The file has a header line but no rows of data below it.</source>
        <translation>Die Datei hat eine Kopfzeile, aber darunter keine Datenzeilen.</translation>
    </message>
    <message>
        <source>The file has only {n_rows} of data; at least {minimum} are needed so that some can train the network and some can test it.</source>
        <translation>Die Datei hat nur {n_rows} mit Daten; mindestens {minimum} werden gebraucht, damit einige das Netz trainieren und einige es testen können.</translation>
    </message>
    <message>
        <source>The file has more than {limit} rows of data, which is the limit. Use a smaller sample of the rows.</source>
        <translation>Die Datei hat mehr als {limit} Datenzeilen, das ist die Grenze. Verwenden Sie eine kleinere Auswahl der Zeilen.</translation>
    </message>
    <message>
        <source>The file has {n_columns} columns; the limit is {limit}. Remove the columns you do not need.</source>
        <translation>Die Datei hat {n_columns} Spalten; die Grenze liegt bei {limit}. Entfernen Sie die Spalten, die Sie nicht brauchen.</translation>
    </message>
    <message>
        <source>Only one column ({name!r}) was found, so there is nothing to learn from. A CSV file needs at least one input column and a target column, separated by commas, semicolons or tabs.</source>
        <translation>Es wurde nur eine Spalte ({name!r}) gefunden, es gibt also nichts zu lernen. Eine CSV-Datei braucht mindestens eine Eingabespalte und eine Zielspalte, getrennt durch Kommas, Semikolons oder Tabulatoren.</translation>
    </message>
    <message>
        <source>Line {line} has {found} but the header has {expected}. Check that line for a missing or extra separator ({separator}).</source>
        <translation>Zeile {line} hat {found}, aber die Kopfzeile hat {expected}. Prüfen Sie diese Zeile auf ein fehlendes oder zusätzliches Trennzeichen ({separator}).</translation>
    </message>
    <message>
        <source>Line {line}: a quoted cell runs over several lines, so a closing quote (&quot;) is probably missing. Close the quote, or remove it.</source>
        <translation>Zeile {line}: Eine Zelle in Anführungszeichen läuft über mehrere Zeilen, wahrscheinlich fehlt ein schließendes Anführungszeichen (&quot;). Schließen Sie es, oder entfernen Sie das öffnende.</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV ({reason}). Check the quotes and separators on that line.</source>
        <translation>Zeile {line} kann nicht als CSV gelesen werden ({reason}). Prüfen Sie die Anführungszeichen und Trennzeichen in dieser Zeile.</translation>
    </message>
    <message>
        <source>{what} is {name!r}, which looks like an HTML tag. Names are shown as labels, so they may not hold tags: rename it, for example without the &apos;&lt;&apos;.</source>
        <translation>{what} ist {name!r} und sieht wie ein HTML-Tag aus. Namen werden als Beschriftungen angezeigt und dürfen daher keine Tags enthalten: Benennen Sie ihn um, zum Beispiel ohne das &apos;&lt;&apos;.</translation>
    </message>
    <message>
        <source>Columns {first} and {second} are both named {name!r}. Rename one of them.</source>
        <translation>Die Spalten {first} und {second} heißen beide {name!r}. Benennen Sie eine davon um.</translation>
    </message>
    <message>
        <source>The target must be a column name (text), not {value!r}.</source>
        <translation>Das Ziel muss ein Spaltenname (Text) sein, nicht {value!r}.</translation>
    </message>
    <message>
        <source>There is no column named {name!r}. The columns are: {columns}.</source>
        <translation>Es gibt keine Spalte namens {name!r}. Die Spalten sind: {columns}.</translation>
    </message>
    <message>
        <source>More than one column matches {name!r} if case is ignored ({matches}). Give the exact name.</source>
        <translation>Ohne Beachtung der Groß-/Kleinschreibung passt mehr als eine Spalte zu {name!r} ({matches}). Geben Sie den genauen Namen an.</translation>
    </message>
    <message>
        <source>The task must be &apos;classification&apos;, &apos;regression&apos; or None (detect it), not {value!r}.</source>
        <translation>Die Aufgabe muss &apos;classification&apos;, &apos;regression&apos; oder None (erkennen) sein, nicht {value!r}.</translation>
    </message>
    <message>
        <source>Line {line}, column {column!r} is blank. Fill in a number or remove the row.</source>
        <translation>Zeile {line}, Spalte {column!r} ist leer. Tragen Sie eine Zahl ein, oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>Line {line}, column {column!r}: {cell!r} is not a number. Fix the cell or remove the column.</source>
        <translation>Zeile {line}, Spalte {column!r}: {cell!r} ist keine Zahl. Korrigieren Sie die Zelle, oder entfernen Sie die Spalte.</translation>
    </message>
    <message>
        <source>Column {column!r} holds text, not numbers (line {line}: {cell!r}). Input columns must be numeric: remove the column, or choose it as the target.</source>
        <translation>Spalte {column!r} enthält Text, keine Zahlen (Zeile {line}: {cell!r}). Eingabespalten müssen numerisch sein: Entfernen Sie die Spalte, oder wählen Sie sie als Ziel.</translation>
    </message>
    <message>
        <source>Line {line}, column {column!r}: {cell!r} marks a missing value. Fill in a number or remove the row.</source>
        <translation>Zeile {line}, Spalte {column!r}: {cell!r} kennzeichnet einen fehlenden Wert. Tragen Sie eine Zahl ein, oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>Line {line}, column {column!r}: {cell!r} is not a finite number. Fix the cell or remove the row.</source>
        <translation>Zeile {line}, Spalte {column!r}: {cell!r} ist keine endliche Zahl. Korrigieren Sie die Zelle, oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>Line {line}, column {column!r}: {cell!r} is too large (the limit is {limit:g} either way). Rescale the column, for example to thousands or millions.</source>
        <translation>Zeile {line}, Spalte {column!r}: {cell!r} ist zu groß (die Grenze ist {limit:g} in beide Richtungen). Skalieren Sie die Spalte um, zum Beispiel auf Tausende oder Millionen.</translation>
    </message>
    <message>
        <source>Line {line}, column {column!r} (the target) is blank. Fill it in or remove the row.</source>
        <translation>Zeile {line}, Spalte {column!r} (das Ziel) ist leer. Füllen Sie sie aus, oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>Line {line}, column {column!r} (the target): {cell!r} is not a number. Regression needs a numeric target; choose classification if the column names classes.</source>
        <translation>Zeile {line}, Spalte {column!r} (das Ziel): {cell!r} ist keine Zahl. Regression braucht ein numerisches Ziel; wählen Sie Klassifikation, wenn die Spalte Klassen benennt.</translation>
    </message>
    <message>
        <source>The target column {column!r} has only one value ({value!r}), so there is nothing to tell apart. Choose another target column, or add rows of other classes.</source>
        <translation>Die Zielspalte {column!r} hat nur einen Wert ({value!r}), es gibt also nichts zu unterscheiden. Wählen Sie eine andere Zielspalte, oder fügen Sie Zeilen anderer Klassen hinzu.</translation>
    </message>
    <message>
        <source>The target column {column!r} has {n_classes} different values, too many to treat as classes (the limit is {limit}). Choose regression if it is a measured quantity.</source>
        <translation>Die Zielspalte {column!r} hat {n_classes} verschiedene Werte, zu viele, um sie als Klassen zu behandeln (die Grenze ist {limit}). Wählen Sie Regression, wenn es eine gemessene Größe ist.</translation>
    </message>
    <message>
        <source>The target column {column!r} has {n_classes} different values, too many to treat as classes (the limit is {limit}). If it is meant to be numeric, line {line} has {cell!r}, which is not a number.</source>
        <translation>Die Zielspalte {column!r} hat {n_classes} verschiedene Werte, zu viele, um sie als Klassen zu behandeln (die Grenze ist {limit}). Falls sie numerisch sein soll: Zeile {line} enthält {cell!r}, und das ist keine Zahl.</translation>
    </message>
    <message>
        <source>The test fraction must be a number between 0 and 1 (exclusive), not {value!r}.</source>
        <translation>Der Testanteil muss eine Zahl zwischen 0 und 1 sein (beide ausgeschlossen), nicht {value!r}.</translation>
    </message>
    <message>
        <source>The data has {n_rows}; at least 2 are needed to have a training and a test split.</source>
        <translation>Die Daten haben {n_rows}; mindestens 2 werden für eine Aufteilung in Trainings- und Testdaten gebraucht.</translation>
    </message>
    <message>
        <source>The validation fraction must be a number from 0 up to (not including) 1, not {value!r}. Use 0 for no validation rows, 0.1 for a tenth of the training rows.</source>
        <translation>Der Validierungsanteil muss eine Zahl von 0 bis unter 1 sein, nicht {value!r}. Verwenden Sie 0 für keine Validierungszeilen, 0,1 für ein Zehntel der Trainingszeilen.</translation>
    </message>
    <message>
        <source>The training split has {n_rows}; at least 2 are needed to set some aside for validation. Set the validation fraction to 0, or hold out fewer rows for testing.</source>
        <translation>Die Trainingsdaten haben {n_rows}; mindestens 2 werden gebraucht, um einige für die Validierung beiseitezulegen. Setzen Sie den Validierungsanteil auf 0, oder halten Sie weniger Zeilen für den Test zurück.</translation>
    </message>
    <message>
        <source>Choose at least one input feature.</source>
        <translation>Wählen Sie mindestens ein Eingabemerkmal.</translation>
    </message>
    <message>
        <source>There is no input feature called {name!r}. Choose from: {valid}.</source>
        <translation>Es gibt kein Eingabemerkmal namens {name!r}. Wählen Sie aus: {valid}.</translation>
    </message>
    <message>
        <source>The input feature {name!r} is listed twice. List each feature once.</source>
        <translation>Das Eingabemerkmal {name!r} ist doppelt aufgeführt. Führen Sie jedes Merkmal nur einmal auf.</translation>
    </message>
    <message>
        <source>Expected raw inputs with {expected} column(s), got an array of shape {shape}.</source>
        <translation>Erwartet wurden Roheingaben mit {expected} Spalte(n), erhalten wurde ein Array der Form {shape}.</translation>
    </message>
    <message>
        <source>Cannot rebuild the data set from {source!r}: {why}.</source>
        <translation>Der Datensatz kann nicht aus {source!r} wiederhergestellt werden: {why}.</translation>
    </message>
</context>
<context>
    <name>data_panel</name>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} und {more} weitere</translation>
    </message>
    <message>
        <source>{train} train / {validation} validation / {test} test</source>
        <translation>{train} Training / {validation} Validierung / {test} Test</translation>
    </message>
    <message>
        <source>{train} train / {test} test</source>
        <translation>{train} Training / {test} Test</translation>
    </message>
    <message>
        <source>classification ({classes})</source>
        <translation>Klassifikation ({classes})</translation>
    </message>
    <message>
        <source>classification of &apos;{target}&apos; ({classes})</source>
        <translation>Klassifikation von „{target}“ ({classes})</translation>
    </message>
    <message>
        <source>regression ({low} to {high})</source>
        <translation>Regression ({low} bis {high})</translation>
    </message>
    <message>
        <source>regression of &apos;{target}&apos; ({low} to {high})</source>
        <translation>Regression von „{target}“ ({low} bis {high})</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <source>blue</source>
        <translation>blau</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>A blue disc inside an orange ring: no straight line separates them.</source>
        <translation>Eine blaue Scheibe in einem orangen Ring: Keine Gerade trennt sie.</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>Exklusives Oder</translation>
    </message>
    <message>
        <source>Four quadrants, blue where x1 and x2 have the same sign (XOR).</source>
        <translation>Vier Quadranten, blau, wo x1 und x2 dasselbe Vorzeichen haben (XOR).</translation>
    </message>
    <message>
        <source>Two gaussians</source>
        <translation>Zwei Gauß-Wolken</translation>
    </message>
    <message>
        <source>Two round clouds; a straight line separates them unless the noise is high.</source>
        <translation>Zwei runde Wolken; eine Gerade trennt sie, außer bei starkem Rauschen.</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <source>Two interleaved spiral arms: the hardest of the two-class sets.</source>
        <translation>Zwei ineinandergreifende Spiralarme: der schwierigste der Zwei-Klassen-Datensätze.</translation>
    </message>
    <message>
        <source>Spiral, 3 arms</source>
        <translation>Spirale, 3 Arme</translation>
    </message>
    <message>
        <source>Three interleaved spiral arms, one class each (softmax output).</source>
        <translation>Drei ineinandergreifende Spiralarme, je eine Klasse (Softmax-Ausgabe).</translation>
    </message>
    <message>
        <source>Four blobs</source>
        <translation>Vier Wolken</translation>
    </message>
    <message>
        <source>Four round clouds, one class each (softmax output).</source>
        <translation>Vier runde Wolken, je eine Klasse (Softmax-Ausgabe).</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Regression: y = (x1 + x2) / 10, a tilted plane from about -1.2 to 1.2.</source>
        <translation>Regression: y = (x1 + x2) / 10, eine geneigte Ebene von etwa -1,2 bis 1,2.</translation>
    </message>
    <message>
        <source>Multi gaussian</source>
        <translation>Mehrere Gauß-Hügel</translation>
    </message>
    <message>
        <source>Regression: six bumps, up or down, in a 3 by 2 grid; zero in between.</source>
        <translation>Regression: sechs Hügel, nach oben oder unten, in einem 3×2-Raster; dazwischen null.</translation>
    </message>
    <message>
        <source>Sine</source>
        <translation>Sinus</translation>
    </message>
    <message>
        <source>Regression in one input: y = sin(x) for x from -3 to 3.</source>
        <translation>Regression mit einer Eingabe: y = sin(x) für x von -3 bis 3.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Gerade</translation>
    </message>
    <message>
        <source>Regression in one input: y = 0.5 x + 1 for x from -3 to 3.</source>
        <translation>Regression mit einer Eingabe: y = 0,5 x + 1 für x von -3 bis 3.</translation>
    </message>
    <message>
        <source>Line with outliers</source>
        <translation>Gerade mit Ausreißern</translation>
    </message>
    <message>
        <source>Regression in one input: y = 0.5 x + 1, with a tenth of the points far below the line at the right.</source>
        <translation>Regression mit einer Eingabe: y = 0,5 x + 1, wobei ein Zehntel der Punkte rechts weit unter der Geraden liegt.</translation>
    </message>
</context>
<context>
    <name>earlier_runs</name>
    <message>
        <source>other data</source>
        <translation>andere Daten</translation>
    </message>
    <message>
        <source>{loss} loss</source>
        <translation>Verlust {loss}</translation>
    </message>
    <message>
        <source>default loss</source>
        <translation>Standardverlust</translation>
    </message>
    <message>
        <source>lr {rate}</source>
        <translation>Lernrate {rate}</translation>
    </message>
    <message>
        <source>batch {size}</source>
        <translation>Batch {size}</translation>
    </message>
    <message>
        <source>no regularization</source>
        <translation>keine Regularisierung</translation>
    </message>
    <message>
        <source>layers {sizes}</source>
        <translation>Schichten {sizes}</translation>
    </message>
    <message>
        <source>no hidden layers</source>
        <translation>keine verdeckten Schichten</translation>
    </message>
    <message>
        <source>{activation} output</source>
        <translation>Ausgabe {activation}</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>Startwert {seed}</translation>
    </message>
    <message>
        <source>earlier run: {changes}</source>
        <translation>früherer Lauf: {changes}</translation>
    </message>
</context>
<context>
    <name>early_stopping</name>
    <message>
        <source>No validation yet: train an epoch with validation rows.</source>
        <translation>Noch keine Validierung: Trainieren Sie eine Epoche mit Validierungszeilen.</translation>
    </message>
    <message>
        <source>Lowest validation loss at epoch {epoch}.</source>
        <translation>Niedrigster Validierungsverlust in Epoche {epoch}.</translation>
    </message>
    <message>
        <source>Stopped at epoch {epoch} and went back to it.</source>
        <translation>In Epoche {epoch} angehalten und zu ihr zurückgekehrt.</translation>
    </message>
</context>
<context>
    <name>events</name>
    <message>
        <source>loss</source>
        <translation>Verlustfunktion</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>{setting}: {old} → {new}</source>
        <translation>{setting}: {old} → {new}</translation>
    </message>
</context>
<context>
    <name>exercise</name>
    <message>
        <source>Forward propagation</source>
        <translation>Vorwärtsdurchlauf</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Backpropagation</source>
        <translation>Rückpropagierung</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>z of {unit}</source>
        <translation>z von {unit}</translation>
    </message>
    <message>
        <source>a of {unit}</source>
        <translation>a von {unit}</translation>
    </message>
    <message>
        <source>the loss of this sample</source>
        <translation>der Verlust dieses Punkts</translation>
    </message>
    <message>
        <source>δ = ∂L/∂z of {unit}</source>
        <translation>δ = ∂L/∂z von {unit}</translation>
    </message>
    <message>
        <source>∂L/∂w for {weight}</source>
        <translation>∂L/∂w für {weight}</translation>
    </message>
    <message>
        <source>{weight} after the update</source>
        <translation>{weight} nach der Aktualisierung</translation>
    </message>
    <message>
        <source>{where}: not quite. Check it against {formula}; the hints show the numbers to use.</source>
        <translation>{where}: nicht ganz. Prüfen Sie es anhand von {formula}; die Hinweise zeigen die zu verwendenden Zahlen.</translation>
    </message>
    <message>
        <source>z is the weighted sum before {activation}; you applied {activation} already. Stop at Σ w·a + b.</source>
        <translation>z ist die gewichtete Summe vor {activation}; Sie haben {activation} schon angewendet. Hören Sie bei Σ w·a + b auf.</translation>
    </message>
    <message>
        <source>you left out the bias b = {bias}: z = Σ w·a + b.</source>
        <translation>Sie haben den Bias b = {bias} weggelassen: z = Σ w·a + b.</translation>
    </message>
    <message>
        <source>the inputs of this layer are the previous layer&apos;s activations a, not its weighted sums z.</source>
        <translation>die Eingaben dieser Schicht sind die Aktivierungen a der vorigen Schicht, nicht ihre gewichteten Summen z.</translation>
    </message>
    <message>
        <source>the sign is wrong: check each product w·a for its sign.</source>
        <translation>das Vorzeichen ist falsch: Prüfen Sie das Vorzeichen jedes Produkts w·a.</translation>
    </message>
    <message>
        <source>that is z itself; a = {activation}(z), so apply {activation} to it.</source>
        <translation>das ist z selbst; a = {activation}(z), wenden Sie also {activation} darauf an.</translation>
    </message>
    <message>
        <source>that is {other}(z); this layer uses {activation}.</source>
        <translation>das ist {other}(z); diese Schicht verwendet {activation}.</translation>
    </message>
    <message>
        <source>that is e^z; softmax divides it by the sum of e^z over all the outputs.</source>
        <translation>das ist e^z; Softmax teilt es durch die Summe von e^z über alle Ausgaben.</translation>
    </message>
    <message>
        <source>that is the mean of |ŷ − y|, the differences not squared; this loss is {loss}.</source>
        <translation>das ist der Mittelwert von |ŷ − y|, die Differenzen nicht quadriert; die Verlustfunktion hier ist „{loss}“.</translation>
    </message>
    <message>
        <source>that is the {other}; this run&apos;s loss is {loss}.</source>
        <translation>das ist „{other}“; die Verlustfunktion dieses Laufs ist „{loss}“.</translation>
    </message>
    <message>
        <source>that is the mean of ŷ − y, the differences not squared; this loss is {loss}.</source>
        <translation>das ist der Mittelwert von ŷ − y, die Differenzen nicht quadriert; die Verlustfunktion hier ist „{loss}“.</translation>
    </message>
    <message>
        <source>the sign is wrong: a loss is never negative.</source>
        <translation>das Vorzeichen ist falsch: Ein Verlust ist nie negativ.</translation>
    </message>
    <message>
        <source>that is half the loss; this course&apos;s loss has no ½ in front.</source>
        <translation>das ist der halbe Verlust; der Verlust in diesem Kurs hat kein ½ davor.</translation>
    </message>
    <message>
        <source>that is the sum over the {count} outputs; take their mean.</source>
        <translation>das ist die Summe über die {count} Ausgaben; nehmen Sie ihren Mittelwert.</translation>
    </message>
    <message>
        <source>that looks like log base 10; the loss uses the natural log, ln.</source>
        <translation>das sieht nach dem Logarithmus zur Basis 10 aus; der Verlust verwendet den natürlichen Logarithmus ln.</translation>
    </message>
    <message>
        <source>the sign is wrong: the error signal starts from ŷ − y, not y − ŷ.</source>
        <translation>das Vorzeichen ist falsch: Das Fehlersignal beginnt bei ŷ − y, nicht bei y − ŷ.</translation>
    </message>
    <message>
        <source>the sign is wrong: follow each w·δ&apos;s sign.</source>
        <translation>das Vorzeichen ist falsch: Achten Sie auf das Vorzeichen jedes w·δ.</translation>
    </message>
    <message>
        <source>that is ∂L/∂ŷ; multiply by the slope of {activation} too: δ = ∂L/∂ŷ · f′(z), with f′(z) = {slope} here.</source>
        <translation>das ist ∂L/∂ŷ; multiplizieren Sie auch mit der Steigung von {activation}: δ = ∂L/∂ŷ · f′(z), hier mit f′(z) = {slope}.</translation>
    </message>
    <message>
        <source>the slope of {activation} is already part of this δ; with this loss it cancels against ∂L/∂ŷ. Don&apos;t multiply by f′(z) again.</source>
        <translation>die Steigung von {activation} steckt schon in diesem δ; mit dieser Verlustfunktion kürzt sie sich gegen ∂L/∂ŷ. Multiplizieren Sie nicht noch einmal mit f′(z).</translation>
    </message>
    <message>
        <source>that is half of it: the slope of (ŷ − y)² is 2·(ŷ − y).</source>
        <translation>das ist die Hälfte davon: Die Steigung von (ŷ − y)² ist 2·(ŷ − y).</translation>
    </message>
    <message>
        <source>that is ŷ − y alone; with this loss and output δ = ∂L/∂ŷ · f′(z) is more than that.</source>
        <translation>das ist ŷ − y allein; mit dieser Verlustfunktion und Ausgabe ist δ = ∂L/∂ŷ · f′(z) mehr als das.</translation>
    </message>
    <message>
        <source>that is δ for the {other}; this run&apos;s loss is {loss}.</source>
        <translation>das ist δ für „{other}“; die Verlustfunktion dieses Laufs ist „{loss}“.</translation>
    </message>
    <message>
        <source>that is Σ w·δ_next; multiply by this neuron&apos;s slope f′(z) = {slope} too.</source>
        <translation>das ist Σ w·δ_next; multiplizieren Sie auch mit der Steigung f′(z) = {slope} dieses Neurons.</translation>
    </message>
    <message>
        <source>you multiplied by a; multiply by the slope f′(z) of {activation} instead.</source>
        <translation>Sie haben mit a multipliziert; multiplizieren Sie stattdessen mit der Steigung f′(z) von {activation}.</translation>
    </message>
    <message>
        <source>the slope is f′(z) written with a = {activation}(z), not with z itself.</source>
        <translation>die Steigung ist f′(z), geschrieben mit a = {activation}(z), nicht mit z selbst.</translation>
    </message>
    <message>
        <source>the sign is wrong: ∂L/∂w = a · δ, with the sign of each.</source>
        <translation>das Vorzeichen ist falsch: ∂L/∂w = a · δ, jeweils mit Vorzeichen.</translation>
    </message>
    <message>
        <source>that is δ alone; multiply it by the input a = {input} coming along this weight.</source>
        <translation>das ist δ allein; multiplizieren Sie es mit der Eingabe a = {input}, die über dieses Gewicht kommt.</translation>
    </message>
    <message>
        <source>you multiplied δ by the weight; multiply by the input a that the weight multiplies.</source>
        <translation>Sie haben δ mit dem Gewicht multipliziert; multiplizieren Sie mit der Eingabe a, die das Gewicht multipliziert.</translation>
    </message>
    <message>
        <source>you used the previous neuron&apos;s z; use its activation a.</source>
        <translation>Sie haben das z des vorigen Neurons verwendet; verwenden Sie seine Aktivierung a.</translation>
    </message>
    <message>
        <source>you moved the weight up its gradient; go against it: w′ = w − η·∂L/∂w.</source>
        <translation>Sie haben das Gewicht mit seinem Gradienten bewegt; gehen Sie dagegen: w′ = w − η·∂L/∂w.</translation>
    </message>
    <message>
        <source>you forgot the learning rate: w′ = w − η·∂L/∂w with η = {rate}.</source>
        <translation>Sie haben die Lernrate vergessen: w′ = w − η·∂L/∂w mit η = {rate}.</translation>
    </message>
    <message>
        <source>that is the step −η·∂L/∂w alone; add it to the weight w.</source>
        <translation>das ist nur der Schritt −η·∂L/∂w; addieren Sie ihn zum Gewicht w.</translation>
    </message>
    <message>
        <source>that is η·∂L/∂w alone; subtract it from the weight w.</source>
        <translation>das ist nur η·∂L/∂w; ziehen Sie es vom Gewicht w ab.</translation>
    </message>
    <message>
        <source>that is the old weight; subtract η·∂L/∂w from it.</source>
        <translation>das ist das alte Gewicht; ziehen Sie η·∂L/∂w davon ab.</translation>
    </message>
    <message>
        <source>Forward propagation: z is each input times its weight, added up, plus the bias. No activation yet.</source>
        <translation>Vorwärtsdurchlauf: z ist jede Eingabe mal ihr Gewicht, aufsummiert, plus der Bias. Noch keine Aktivierung.</translation>
    </message>
    <message>
        <source>The activation of this layer is {activation}; apply it to the z you found.</source>
        <translation>Die Aktivierungsfunktion dieser Schicht ist {activation}; wenden Sie sie auf das gefundene z an.</translation>
    </message>
    <message>
        <source>The loss compares the output ŷ with the target y; this run uses {loss}.</source>
        <translation>Der Verlust vergleicht die Ausgabe ŷ mit dem Ziel y; dieser Lauf verwendet „{loss}“.</translation>
    </message>
    <message>
        <source>Backpropagation starts at the output: δ = ∂L/∂z, how much the loss changes with this neuron&apos;s z.</source>
        <translation>Die Rückpropagierung beginnt an der Ausgabe: δ = ∂L/∂z, wie stark sich der Verlust mit dem z dieses Neurons ändert.</translation>
    </message>
    <message>
        <source>δ = ∂L/∂ŷ · f′(z), with ∂L/∂ŷ = {gradient} and f′(z) = {slope} for {activation}.</source>
        <translation>δ = ∂L/∂ŷ · f′(z), mit ∂L/∂ŷ = {gradient} und f′(z) = {slope} für {activation}.</translation>
    </message>
    <message>
        <source>Softmax mixes its outputs: δ_j = Σ_k ∂L/∂ŷ_k · ∂ŷ_k/∂z_j. Here ŷ − y = {differences}.</source>
        <translation>Softmax mischt seine Ausgaben: δ_j = Σ_k ∂L/∂ŷ_k · ∂ŷ_k/∂z_j. Hier ist ŷ − y = {differences}.</translation>
    </message>
    <message>
        <source>Backpropagation: a hidden neuron&apos;s δ gathers the δ of the neurons it feeds, each times the weight between, then times its own slope.</source>
        <translation>Rückpropagierung: Das δ eines verdeckten Neurons sammelt die δ der Neuronen, die es speist, jeweils mal das Gewicht dazwischen, dann mal seine eigene Steigung.</translation>
    </message>
    <message>
        <source>δ = (Σ w·δ over {units}) · f′(z), with f′(z) = {slope} for {activation}.</source>
        <translation>δ = (Σ w·δ über {units}) · f′(z), mit f′(z) = {slope} für {activation}.</translation>
    </message>
    <message>
        <source>A weight&apos;s gradient is the input it multiplies times the δ of the neuron it feeds.</source>
        <translation>Der Gradient eines Gewichts ist die Eingabe, die es multipliziert, mal das δ des Neurons, das es speist.</translation>
    </message>
    <message>
        <source>The update moves the weight a little against its gradient.</source>
        <translation>Die Aktualisierung bewegt das Gewicht ein wenig gegen seinen Gradienten.</translation>
    </message>
    <message>
        <source>There are {count} training points; pick a sample from 1 to {count}, not {sample}.</source>
        <translation>Es gibt {count} Trainingspunkte; wählen Sie einen Punkt von 1 bis {count}, nicht {sample}.</translation>
    </message>
    <message>
        <source>Steps are {steps}; got {wrong}.</source>
        <translation>Die Schritte sind {steps}; erhalten: {wrong}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>y = {values} (class &apos;{label}&apos;)</source>
        <translation>y = {values} (Klasse &apos;{label}&apos;)</translation>
    </message>
    <message>
        <source>1 if z &gt; 0, else 0</source>
        <translation>1 für z &gt; 0, sonst 0</translation>
    </message>
    <message>
        <source>1 if z &gt; 0, else {slope}</source>
        <translation>1 für z &gt; 0, sonst {slope}</translation>
    </message>
</context>
<context>
    <name>experiment</name>
    <message>
        <source>Early stopping watches the validation loss, so it needs validation rows: set the validation fraction above 0 (0.1 is usual).</source>
        <translation>Frühes Stoppen beobachtet den Validierungsverlust und braucht daher Validierungszeilen: Setzen Sie den Validierungsanteil über 0 (üblich ist 0,1).</translation>
    </message>
    <message>
        <source>Unknown setting(s): {names}.</source>
        <translation>Unbekannte Einstellung(en): {names}.</translation>
    </message>
    <message>
        <source>At most {limit} hidden layers; got {count}.</source>
        <translation>Höchstens {limit} verdeckte Schichten; erhalten: {count}.</translation>
    </message>
    <message>
        <source>Each hidden layer needs an activation.</source>
        <translation>Jede verdeckte Schicht braucht eine Aktivierungsfunktion.</translation>
    </message>
    <message>
        <source>A hidden layer has between 1 and {limit} neurons; got {size}.</source>
        <translation>Eine verdeckte Schicht hat zwischen 1 und {limit} Neuronen; erhalten: {size}.</translation>
    </message>
    <message>
        <source>The test fraction must be between 0 and 1; got {value}.</source>
        <translation>Der Testanteil muss zwischen 0 und 1 liegen; erhalten: {value}.</translation>
    </message>
    <message>
        <source>The validation fraction must be from 0 up to 1 (not 1 itself); got {value}.</source>
        <translation>Der Validierungsanteil muss von 0 bis unter 1 reichen (nicht 1 selbst); erhalten: {value}.</translation>
    </message>
    <message>
        <source>The early-stopping patience must be a whole number of epochs, at least 1; got {patience}.</source>
        <translation>Die Geduld des frühen Stoppens muss eine ganze Zahl von Epochen sein, mindestens 1; erhalten: {patience}.</translation>
    </message>
</context>
<context>
    <name>experiment_file</name>
    <message>
        <source>is {size}, but the data and settings give the network {n_inputs} input(s) ({names}).</source>
        <translation>ist {size}, aber Daten und Einstellungen geben dem Netz {n_inputs} Eingabe(n) ({names}).</translation>
    </message>
    <message>
        <source>is {size}, but the data needs {n_outputs} output(s).</source>
        <translation>ist {size}, aber die Daten brauchen {n_outputs} Ausgabe(n).</translation>
    </message>
    <message>
        <source>has sizes {sizes} and activations {activations}, which do not fit the saved data and settings ({network}).</source>
        <translation>hat die Größen {sizes} und die Aktivierungsfunktionen {activations}, die nicht zu den gespeicherten Daten und Einstellungen passen ({network}).</translation>
    </message>
    <message>
        <source>has {found} number(s); the network has {count} weights and biases.</source>
        <translation>hat {found} Zahl(en); das Netz hat {count} Gewichte und Biases.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened: its settings do not fit its data: {reason} Save the experiment again, or fix the settings in the file.</source>
        <translation>&apos;{name}&apos; kann nicht geöffnet werden: Die Einstellungen passen nicht zu den Daten: {reason} Speichern Sie das Experiment erneut, oder korrigieren Sie die Einstellungen in der Datei.</translation>
    </message>
    <message>
        <source>The weights are not finite or beyond {limit}, so a file could not be opened again. Press Reset, or go back to a bookmark, then save.</source>
        <translation>Die Gewichte sind nicht endlich oder größer als {limit}, daher ließe sich eine Datei nicht wieder öffnen. Klicken Sie auf Zurücksetzen, oder kehren Sie zu einem Lesezeichen zurück, und speichern Sie dann.</translation>
    </message>
    <message>
        <source>The lesson cannot be saved: {where} {sentence}</source>
        <translation>Die Lektion kann nicht gespeichert werden: {where} {sentence}</translation>
    </message>
    <message>
        <source>File not found: &apos;{path}&apos;. Check the name and the folder.</source>
        <translation>Datei nicht gefunden: &apos;{path}&apos;. Prüfen Sie den Namen und den Ordner.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a folder, not an experiment file. Choose a .json file.</source>
        <translation>&apos;{name}&apos; ist ein Ordner, keine Experimentdatei. Wählen Sie eine .json-Datei.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {what}, not a regular file, so it is not opened. Choose a saved .json file.</source>
        <translation>&apos;{name}&apos; ist {what}, keine gewöhnliche Datei, und wird daher nicht geöffnet. Wählen Sie eine gespeicherte .json-Datei.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size} MB; an experiment file may be at most {limit} MB. It is probably not an experiment file.</source>
        <translation>&apos;{name}&apos; ist {size} MB groß; eine Experimentdatei darf höchstens {limit} MB groß sein. Es ist wahrscheinlich keine Experimentdatei.</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: permission denied. Check that you may read it, or copy it somewhere you can.</source>
        <translation>&apos;{name}&apos; kann nicht gelesen werden: Zugriff verweigert. Prüfen Sie, ob Sie sie lesen dürfen, oder kopieren Sie sie an einen Ort, an dem Sie es dürfen.</translation>
    </message>
    <message>
        <source>Cannot read &apos;{path}&apos;: that is not a valid file path.</source>
        <translation>&apos;{path}&apos; kann nicht gelesen werden: Das ist kein gültiger Dateipfad.</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: {reason}. Check that you may read it.</source>
        <translation>&apos;{name}&apos; kann nicht gelesen werden: {reason}. Prüfen Sie, ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a Loss Explorer experiment: it is not text.</source>
        <translation>&apos;{name}&apos; ist kein Loss-Explorer-Experiment: Es ist kein Text.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is empty. It may have been cut short while copying; use another copy.</source>
        <translation>&apos;{name}&apos; ist leer. Sie wurde vielleicht beim Kopieren abgeschnitten; verwenden Sie eine andere Kopie.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; ends too early (it was cut short), so it cannot be opened. Use another copy, or save the experiment again.</source>
        <translation>&apos;{name}&apos; endet zu früh (sie wurde abgeschnitten) und kann daher nicht geöffnet werden. Verwenden Sie eine andere Kopie, oder speichern Sie das Experiment erneut.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged at line {line}, column {column}, so it cannot be opened. Use another copy, or save the experiment again.</source>
        <translation>&apos;{name}&apos; ist in Zeile {line}, Spalte {column} beschädigt und kann daher nicht geöffnet werden. Verwenden Sie eine andere Kopie, oder speichern Sie das Experiment erneut.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is nested too deeply to be an experiment file.</source>
        <translation>&apos;{name}&apos; ist zu tief verschachtelt, um eine Experimentdatei zu sein.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds a number too long to read, so it cannot be opened. {hint}</source>
        <translation>&apos;{name}&apos; enthält eine zu lange Zahl und kann daher nicht geöffnet werden. {hint}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened: its data cannot be used. {reason}</source>
        <translation>&apos;{name}&apos; kann nicht geöffnet werden: Die Daten sind nicht verwendbar. {reason}</translation>
    </message>
</context>
<context>
    <name>experiment_schema</name>
    <message>
        <source>The file was probably edited by hand or damaged; use another copy, or save the experiment again.</source>
        <translation>Die Datei wurde wahrscheinlich von Hand bearbeitet oder beschädigt; verwenden Sie eine andere Kopie, oder speichern Sie das Experiment erneut.</translation>
    </message>
    <message>
        <source>empty (null)</source>
        <translation>leer (null)</translation>
    </message>
    <message>
        <source>a number with {digits} digits</source>
        <translation>eine Zahl mit {digits} Ziffern</translation>
    </message>
    <message>
        <source>the text {text!r}</source>
        <translation>der Text {text!r}</translation>
    </message>
    <message>
        <source>a list of 1 item</source>
        <translation>eine Liste mit 1 Eintrag</translation>
    </message>
    <message>
        <source>a list of {count} items</source>
        <translation>eine Liste mit {count} Einträgen</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>is empty (null); it must be {description}.</source>
        <translation>ist leer (null); erforderlich ist {description}.</translation>
    </message>
    <message>
        <source>is {value}; it must be {description}.</source>
        <translation>ist {value}; erforderlich ist {description}.</translation>
    </message>
    <message>
        <source>{description}, or null</source>
        <translation>{description} oder null</translation>
    </message>
    <message>
        <source>a number between {low} and {high}, not {low} or {high} itself</source>
        <translation>eine Zahl zwischen {low} und {high}, nicht {low} oder {high} selbst</translation>
    </message>
    <message>
        <source>a number more than {low} and at most {high}</source>
        <translation>eine Zahl größer als {low} und höchstens {high}</translation>
    </message>
    <message>
        <source>a number at least {low} and less than {high}</source>
        <translation>eine Zahl von mindestens {low} und kleiner als {high}</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>eine Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <source>is {value}, not a finite number; it must be {description}.</source>
        <translation>ist {value}, keine endliche Zahl; erforderlich ist {description}.</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>eine ganze Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <source>is {value}, not a whole number; it must be {description}.</source>
        <translation>ist {value}, keine ganze Zahl; erforderlich ist {description}.</translation>
    </message>
    <message>
        <source>one of {names}</source>
        <translation>eines von {names}</translation>
    </message>
    <message>
        <source>text of at most {count} characters</source>
        <translation>ein Text mit höchstens {count} Zeichen</translation>
    </message>
    <message>
        <source>has {count} characters; at most {limit} are allowed. Shorten it.</source>
        <translation>hat {count} Zeichen; höchstens {limit} sind erlaubt. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>text of at most {count} characters, without HTML tags</source>
        <translation>ein Text mit höchstens {count} Zeichen, ohne HTML-Tags</translation>
    </message>
    <message>
        <source>is {value}, which looks like an HTML tag; names are shown as labels, so they may not hold tags.</source>
        <translation>ist {value} und sieht wie ein HTML-Tag aus; Namen werden als Beschriftungen angezeigt und dürfen daher keine Tags enthalten.</translation>
    </message>
    <message>
        <source>a list of {low} to {high} items, each {item}</source>
        <translation>eine Liste mit {low} bis {high} Einträgen, jeder davon {item}</translation>
    </message>
    <message>
        <source>has {count} items; it must have {low} to {high}.</source>
        <translation>hat {count} Einträge; erforderlich sind {low} bis {high}.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an object describing the data</source>
        <translation>ein Objekt, das die Daten beschreibt</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>is {value}; it must be an object ({{...}}).</source>
        <translation>ist {value}; erforderlich ist ein Objekt ({{...}}).</translation>
    </message>
    <message>
        <source>is not part of an experiment file. Remove it.</source>
        <translation>gehört nicht in eine Experimentdatei. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>fehlt.</translation>
    </message>
    <message>
        <source>is {value}; it must be an object ({{...}}) of settings.</source>
        <translation>ist {value}; erforderlich ist ein Objekt ({{...}}) mit Einstellungen.</translation>
    </message>
    <message>
        <source>has unknown setting(s): {names}. Remove them.</source>
        <translation>hat unbekannte Einstellung(en): {names}. Entfernen Sie sie.</translation>
    </message>
    <message>
        <source>has {n_activations} activation(s) for {n_layers} hidden layer(s); each layer needs one.</source>
        <translation>hat {n_activations} Aktivierungsfunktion(en) für {n_layers} verdeckte Schicht(en); jede Schicht braucht eine.</translation>
    </message>
    <message>
        <source>is {value}; it must be &quot;builtin&quot; or &quot;csv&quot;.</source>
        <translation>ist {value}; erforderlich ist &quot;builtin&quot; oder &quot;csv&quot;.</translation>
    </message>
    <message>
        <source>is missing, and the data has no path either, so there is no data.</source>
        <translation>fehlt, und die Daten haben auch keinen Pfad, es gibt also keine Daten.</translation>
    </message>
    <message>
        <source>is &quot;softmax&quot;, which belongs on the output layer only.</source>
        <translation>ist &quot;softmax&quot;, das nur in die Ausgabeschicht gehört.</translation>
    </message>
    <message>
        <source>has hidden layers {sizes}, but setup.hidden_sizes says {setup_sizes}.</source>
        <translation>hat die verdeckten Schichten {sizes}, aber setup.hidden_sizes sagt {setup_sizes}.</translation>
    </message>
    <message>
        <source>starts {activations}, but setup.hidden_activations says {setup_activations}.</source>
        <translation>beginnt mit {activations}, aber setup.hidden_activations sagt {setup_activations}.</translation>
    </message>
    <message>
        <source>is &quot;{activation}&quot;, but setup.output_activation says &quot;{setup_activation}&quot;.</source>
        <translation>ist &quot;{activation}&quot;, aber setup.output_activation sagt &quot;{setup_activation}&quot;.</translation>
    </message>
    <message>
        <source>is {value}; it must be a list with one entry per layer ({n_layers}).</source>
        <translation>ist {value}; erforderlich ist eine Liste mit einem Eintrag je Schicht ({n_layers}).</translation>
    </message>
    <message>
        <source>has {found} layer(s); the network (sizes {sizes}) has {n_layers}.</source>
        <translation>hat {found} Schicht(en); das Netz (Größen {sizes}) hat {n_layers}.</translation>
    </message>
    <message>
        <source>is {value}; it must be {rows} rows of {columns} numbers.</source>
        <translation>ist {value}; erforderlich sind {rows} Zeilen mit je {columns} Zahlen.</translation>
    </message>
    <message>
        <source>has {found} row(s); the network needs {rows}.</source>
        <translation>hat {found} Zeile(n); das Netz braucht {rows}.</translation>
    </message>
    <message>
        <source>is {value}; it must be a list of {count} numbers.</source>
        <translation>ist {value}; erforderlich ist eine Liste mit {count} Zahlen.</translation>
    </message>
    <message>
        <source>has {found} number(s); the network needs {count}.</source>
        <translation>hat {found} Zahl(en); das Netz braucht {count}.</translation>
    </message>
    <message>
        <source>is {value}; it must be from {low} to {high}.</source>
        <translation>ist {value}; erforderlich ist ein Wert von {low} bis {high}.</translation>
    </message>
    <message>
        <source>is {value}, not a finite number.</source>
        <translation>ist {value}, keine endliche Zahl.</translation>
    </message>
    <message>
        <source>is {value}; it must be a number.</source>
        <translation>ist {value}; erforderlich ist eine Zahl.</translation>
    </message>
    <message>
        <source>does not belong to the {name} optimizer. Remove it.</source>
        <translation>gehört nicht zum Optimierer {name}. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>is {value}; it must be a list of numbers.</source>
        <translation>ist {value}; erforderlich ist eine Liste von Zahlen.</translation>
    </message>
    <message>
        <source>has {count} records; at most {limit} are allowed.</source>
        <translation>hat {count} Einträge; höchstens {limit} sind erlaubt.</translation>
    </message>
    <message>
        <source>has {count} records, but {other} has {other_count}; every column needs one per epoch.</source>
        <translation>hat {count} Einträge, aber {other} hat {other_count}; jede Spalte braucht einen je Epoche.</translation>
    </message>
    <message>
        <source>is missing; the other columns need it.</source>
        <translation>fehlt; die anderen Spalten brauchen es.</translation>
    </message>
    <message>
        <source>is {value}; it must be a list of events.</source>
        <translation>ist {value}; erforderlich ist eine Liste von Ereignissen.</translation>
    </message>
    <message>
        <source>has {count} events; at most {limit} are allowed.</source>
        <translation>hat {count} Ereignisse; höchstens {limit} sind erlaubt.</translation>
    </message>
    <message>
        <source>needs an epoch and a setting.</source>
        <translation>braucht eine Epoche und eine Einstellung.</translation>
    </message>
    <message>
        <source>is {value}; it must be a name, a number or null.</source>
        <translation>ist {value}; erforderlich ist ein Name, eine Zahl oder null.</translation>
    </message>
    <message>
        <source>is {value}; it must be an event: {{&quot;epoch&quot;, &quot;setting&quot;, &quot;old&quot;, &quot;new&quot;}}.</source>
        <translation>ist {value}; erforderlich ist ein Ereignis: {{&quot;epoch&quot;, &quot;setting&quot;, &quot;old&quot;, &quot;new&quot;}}.</translation>
    </message>
    <message>
        <source>compares &quot;{loss}&quot; with itself; &quot;loss&quot; and &quot;other&quot; must be two different losses.</source>
        <translation>vergleicht &quot;{loss}&quot; mit sich selbst; &quot;loss&quot; und &quot;other&quot; müssen zwei verschiedene Verlustfunktionen sein.</translation>
    </message>
    <message>
        <source>an object with a loss, the other loss, a metric and an epoch</source>
        <translation>ein Objekt mit einer Verlustfunktion, der anderen Verlustfunktion, einer Metrik und einer Epoche</translation>
    </message>
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
    <message>
        <source>&apos;{name}&apos; is not a Loss Explorer experiment (it is JSON, but of another kind). Open a file saved with File → Save.</source>
        <translation>&apos;{name}&apos; ist kein Loss-Explorer-Experiment (es ist JSON, aber einer anderen Art). Öffnen Sie eine mit Datei → Speichern gespeicherte Datei.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no valid format version (version is {value}; it must be a whole number such as {version}), so it cannot be read safely.</source>
        <translation>&apos;{name}&apos; hat keine gültige Formatversion (version ist {value}; erforderlich ist eine ganze Zahl wie {version}) und kann daher nicht sicher gelesen werden.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was saved by a newer Loss Explorer (format version {version}); this one reads up to version {newest}. Update Loss Explorer to open it.</source>
        <translation>&apos;{name}&apos; wurde von einem neueren Loss Explorer gespeichert (Formatversion {version}); dieser liest bis Version {newest}. Aktualisieren Sie Loss Explorer, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>is missing; every experiment file has its settings there.</source>
        <translation>fehlt; jede Experimentdatei hat dort ihre Einstellungen.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened: {where} {sentence} {hint}</source>
        <translation>&apos;{name}&apos; kann nicht geöffnet werden: {where} {sentence} {hint}</translation>
    </message>
</context>
<context>
    <name>export_code</name>
    <message>
        <source>A script needs at least 1 epoch to train; got {epochs}.</source>
        <translation>Ein Skript braucht mindestens 1 Epoche zum Trainieren; erhalten: {epochs}.</translation>
    </message>
    <message>
        <source>This run changed its settings while it trained ({changes}). The script trains with today&apos;s settings from the first epoch, so its loss will differ from the app&apos;s.</source>
        <translation>Dieser Lauf hat seine Einstellungen während des Trainings geändert ({changes}). Das Skript trainiert von der ersten Epoche an mit den heutigen Einstellungen, daher wird sein Verlust von dem der App abweichen.</translation>
    </message>
    <message>
        <source>The loss &apos;{loss}&apos; cannot be written as a script yet. Pick another loss to export this run.</source>
        <translation>Die Verlustfunktion &apos;{loss}&apos; kann noch nicht als Skript geschrieben werden. Wählen Sie eine andere, um diesen Lauf zu exportieren.</translation>
    </message>
    <message>
        <source>The activation &apos;{name}&apos; cannot be written as a script yet. Pick another activation to export this run.</source>
        <translation>Die Aktivierungsfunktion &apos;{name}&apos; kann noch nicht als Skript geschrieben werden. Wählen Sie eine andere, um diesen Lauf zu exportieren.</translation>
    </message>
    <message>
        <source>The optimizer &apos;{name}&apos; cannot be written as a script yet. Pick another optimizer to export this run.</source>
        <translation>Der Optimierer &apos;{name}&apos; kann noch nicht als Skript geschrieben werden. Wählen Sie einen anderen, um diesen Lauf zu exportieren.</translation>
    </message>
    <message>
        <source>Unknown script kind {kind!r}; choose numpy or pytorch.</source>
        <translation>Unbekannte Skriptart {kind!r}; wählen Sie numpy oder pytorch.</translation>
    </message>
</context>
<context>
    <name>file_output</name>
    <message>
        <source>the image could not be encoded as {format}</source>
        <translation>das Bild ließ sich nicht als {format} kodieren</translation>
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
    <name>language</name>
    <message>
        <source>English</source>
        <translation>Deutsch</translation>
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
    <name>losses</name>
    <message>
        <source>a number (regression)</source>
        <translation>eine Zahl (Regression)</translation>
    </message>
    <message>
        <source>a class (classification)</source>
        <translation>eine Klasse (Klassifikation)</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>{loss} {purpose}, but this data set&apos;s target is {target}. Use {other} for {task}.</source>
        <translation>{loss} {purpose}, aber das Ziel dieses Datensatzes ist {target}. Verwenden Sie für {task} {other}.</translation>
    </message>
    <message>
        <source>mean of ({misses})</source>
        <translation>Mittelwert von ({misses})</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Mittlerer quadratischer Fehler</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>mittlerer quadratischer Fehler</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <source>measures how far predicted numbers are off</source>
        <translation>misst, wie weit vorhergesagte Zahlen danebenliegen</translation>
    </message>
    <message>
        <source>MSE = (1/n) Σ (y − ŷ)²</source>
        <translation>MSE = (1/n) Σ (y − ŷ)²</translation>
    </message>
    <message>
        <source>Each miss y − ŷ is squared: it counts as positive, and a miss of 2 costs 4.</source>
        <translation>Jede Abweichung y − ŷ wird quadriert: sie zählt positiv, und eine Abweichung von 2 kostet 4.</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>compares predicted probabilities with classes</source>
        <translation>vergleicht vorhergesagte Wahrscheinlichkeiten mit Klassen</translation>
    </message>
    <message>
        <source>Cross-entropy with a {activation} output needs one output per class, and this network has a single output. Use a {fitting} output for two classes.</source>
        <translation>Kreuzentropie mit einer {activation}-Ausgabe braucht eine Ausgabe je Klasse, und dieses Netz hat nur eine Ausgabe. Verwenden Sie für zwei Klassen eine {fitting}-Ausgabe.</translation>
    </message>
    <message>
        <source>one {fitting} output (two classes)</source>
        <translation>eine {fitting}-Ausgabe (zwei Klassen)</translation>
    </message>
    <message>
        <source>a {fitting} output over {n_classes} classes</source>
        <translation>eine {fitting}-Ausgabe über {n_classes} Klassen</translation>
    </message>
    <message>
        <source>Cross-entropy compares probabilities, but this network&apos;s output layer is {activation}, which does not give probabilities. Use {kind}, or pick {other}.</source>
        <translation>Kreuzentropie vergleicht Wahrscheinlichkeiten, aber die Ausgabeschicht dieses Netzes ist {activation} und liefert keine Wahrscheinlichkeiten. Verwenden Sie {kind}, oder wählen Sie {other}.</translation>
    </message>
    <message>
        <source>CE = −(1/n) Σ [y·log p + (1 − y)·log(1 − p)]</source>
        <translation>CE = −(1/n) Σ [y·log p + (1 − y)·log(1 − p)]</translation>
    </message>
    <message>
        <source>CE = −(1/n) Σ log p(true class)</source>
        <translation>CE = −(1/n) Σ log p(wahre Klasse)</translation>
    </message>
    <message>
        <source>p is the network&apos;s probability for class 1; being sure and wrong costs the most.</source>
        <translation>p ist die Wahrscheinlichkeit des Netzes für Klasse 1; sicher und falsch zu sein kostet am meisten.</translation>
    </message>
    <message>
        <source>p(true class) is the probability the network gives the right answer.</source>
        <translation>p(wahre Klasse) ist die Wahrscheinlichkeit, die das Netz der richtigen Antwort gibt.</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>Mittlerer absoluter Fehler</translation>
    </message>
    <message>
        <source>mean absolute error</source>
        <translation>mittlerer absoluter Fehler</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>MAE = (1/n) Σ |y − ŷ|</source>
        <translation>MAE = (1/n) Σ |y − ŷ|</translation>
    </message>
    <message>
        <source>Each miss counts by its size, not squared: a miss of 2 costs 2, so a few far-off points pull the fit less than with MSE.</source>
        <translation>Jede Abweichung zählt mit ihrer Größe, nicht quadriert: Eine Abweichung von 2 kostet 2, daher ziehen wenige weit entfernte Punkte die Anpassung weniger als bei MSE.</translation>
    </message>
    <message>
        <source>Huber loss (δ = 1)</source>
        <translation>Huber-Verlust (δ = 1)</translation>
    </message>
    <message>
        <source>huber loss (δ = 1)</source>
        <translation>Huber-Verlust (δ = 1)</translation>
    </message>
    <message>
        <source>Huber</source>
        <translation>Huber</translation>
    </message>
    <message>
        <source>Huber = (1/n) Σ [½(y − ŷ)² where |y − ŷ| ≤ 1, else |y − ŷ| − ½]</source>
        <translation>Huber = (1/n) Σ [½(y − ŷ)² wo |y − ŷ| ≤ 1, sonst |y − ŷ| − ½]</translation>
    </message>
    <message>
        <source>Misses up to 1 are squared, as in MSE; bigger ones count by their size, as in MAE, so outliers pull the fit less.</source>
        <translation>Abweichungen bis 1 werden quadriert, wie bei MSE; größere zählen mit ihrer Größe, wie bei MAE, daher ziehen Ausreißer die Anpassung weniger.</translation>
    </message>
    <message>
        <source>Unknown loss {name!r}; choose one of {names}.</source>
        <translation>Unbekannte Verlustfunktion {name!r}; wählen Sie eine von: {names}.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{reason}

Switch the output layer to {fitting} and use {loss}? The hidden layers keep their weights.</source>
        <translation>{reason}

Die Ausgabeschicht auf {fitting} umstellen und {loss} verwenden? Die verdeckten Schichten behalten ihre Gewichte.</translation>
    </message>
    <message>
        <source>Training blew up</source>
        <translation>Das Training ist explodiert</translation>
    </message>
    <message>
        <source>Tip: with Adam or momentum, try a learning rate 10 times smaller.</source>
        <translation>Tipp: Versuchen Sie mit Adam oder Momentum eine 10-mal kleinere Lernrate.</translation>
    </message>
    <message>
        <source>The learning rate is too high</source>
        <translation>Die Lernrate ist zu hoch</translation>
    </message>
    <message>
        <source>The training loss is jumping up and down instead of falling (now {loss}, best {best}): each step at learning rate {learning_rate} overshoots the valley. Pause and lower the learning rate, to {lower} say.</source>
        <translation>Der Trainingsverlust springt auf und ab, statt zu fallen (jetzt {loss}, bester {best}): Jeder Schritt mit Lernrate {learning_rate} schießt über das Tal hinaus. Pausieren Sie und senken Sie die Lernrate, etwa auf {lower}.</translation>
    </message>
    <message>
        <source>Training stopped because of an error inside Loss Explorer: {error}. Your network and data are unchanged. The details are in the log file {log_path}.</source>
        <translation>Das Training wurde wegen eines Fehlers in Loss Explorer angehalten: {error}. Ihr Netz und Ihre Daten sind unverändert. Die Einzelheiten stehen in der Protokolldatei {log_path}.</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Training angehalten</translation>
    </message>
    <message>
        <source>The process that trains the network ended unexpectedly (exit code {code}); the computer may have run out of memory. The weights and the loss curve shown are kept. Press Train to go on: a new training process starts.</source>
        <translation>Der Prozess, der das Netz trainiert, wurde unerwartet beendet (Exit-Code {code}); vielleicht war der Arbeitsspeicher des Computers voll. Die Gewichte und die angezeigte Verlustkurve bleiben erhalten. Drücken Sie Trainieren, um weiterzumachen: Ein neuer Trainingsprozess startet.</translation>
    </message>
    <message>
        <source>Could not open this CSV file</source>
        <translation>Diese CSV-Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{error}

The data you had before is still loaded.</source>
        <translation>{error}

Die Daten, die Sie vorher hatten, sind weiterhin geladen.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number. Type a weight such as 0.5 or -1.2.</source>
        <translation>&apos;{text}&apos; ist keine Zahl. Geben Sie ein Gewicht wie 0,5 oder -1,2 ein.</translation>
    </message>
    <message>
        <source>At most {limit} hidden layers: this is a network you can still see.</source>
        <translation>Höchstens {limit} verdeckte Schichten: ein Netz, das man noch überblicken kann.</translation>
    </message>
    <message>
        <source>At most {limit} neurons in a layer.</source>
        <translation>Höchstens {limit} Neuronen in einer Schicht.</translation>
    </message>
    <message>
        <source>The network needs at least one input feature; switch another one on first.</source>
        <translation>Das Netz braucht mindestens ein Eingabemerkmal; schalten Sie zuerst ein anderes ein.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Loss Explorer hit an unexpected error and kept running: {error}

Your work is still open. Details were written to {log_path}.</source>
        <translation>Loss Explorer ist auf einen unerwarteten Fehler gestoßen und läuft weiter: {error}

Ihre Arbeit ist noch geöffnet. Einzelheiten wurden in {log_path} geschrieben.</translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <source>A network needs an input and an output layer of at least one unit; got sizes {sizes}.</source>
        <translation>Ein Netz braucht eine Eingabe- und eine Ausgabeschicht mit mindestens einem Neuron; erhalten: Größen {sizes}.</translation>
    </message>
    <message>
        <source>{n_layers} layers need {n_layers} activations; got {count}.</source>
        <translation>{n_layers} Schichten brauchen {n_layers} Aktivierungsfunktionen; erhalten: {count}.</translation>
    </message>
    <message>
        <source>{activation} belongs on the output layer only, not on hidden layer {layer}.</source>
        <translation>{activation} gehört nur in die Ausgabeschicht, nicht in die verdeckte Schicht {layer}.</translation>
    </message>
    <message>
        <source>This network takes {n_inputs} input(s) per sample; got an array of shape {shape}.</source>
        <translation>Dieses Netz nimmt {n_inputs} Eingabe(n) je Punkt; erhalten: ein Array der Form {shape}.</translation>
    </message>
    <message>
        <source>Targets must have shape ({rows}, {columns}); got {shape}.</source>
        <translation>Die Zielwerte müssen die Form ({rows}, {columns}) haben; erhalten: {shape}.</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>Your current work is unchanged.</source>
        <translation>Ihre aktuelle Arbeit bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>optimizers</name>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>SGD + momentum</source>
        <translation>SGD + Momentum</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Unknown optimizer {name!r}; choose sgd, momentum or adam.</source>
        <translation>Unbekannter Optimierer {name!r}; wählen Sie sgd, momentum oder adam.</translation>
    </message>
</context>
<context>
    <name>prediction</name>
    <message>
        <source>below {high}</source>
        <translation>unter {high}</translation>
    </message>
    <message>
        <source>above {low}</source>
        <translation>über {low}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} bis {high}</translation>
    </message>
    <message>
        <source>training loss {band} at epoch {epoch}</source>
        <translation>Trainingsverlust {band} in Epoche {epoch}</translation>
    </message>
    <message>
        <source>the test loss will rise</source>
        <translation>der Testverlust wird steigen</translation>
    </message>
    <message>
        <source>the test loss will keep falling</source>
        <translation>der Testverlust wird weiter fallen</translation>
    </message>
    <message>
        <source>the decision boundary drawn as a line of {count} points</source>
        <translation>die Entscheidungsgrenze, gezeichnet als Linie aus {count} Punkten</translation>
    </message>
    <message>
        <source>training loss {loss} at epoch {epoch}, {band} (you said {said})</source>
        <translation>Trainingsverlust {loss} in Epoche {epoch}, {band} (Sie sagten {said})</translation>
    </message>
    <message>
        <source>the test loss rose (lowest {lowest}, last {last}; you said it would rise)</source>
        <translation>der Testverlust stieg (niedrigster {lowest}, letzter {last}; Sie sagten, er würde steigen)</translation>
    </message>
    <message>
        <source>the test loss rose (lowest {lowest}, last {last}; you said it would keep falling)</source>
        <translation>der Testverlust stieg (niedrigster {lowest}, letzter {last}; Sie sagten, er würde weiter fallen)</translation>
    </message>
    <message>
        <source>the test loss did not rise (lowest {lowest}, last {last}; you said it would rise)</source>
        <translation>der Testverlust stieg nicht (niedrigster {lowest}, letzter {last}; Sie sagten, er würde steigen)</translation>
    </message>
    <message>
        <source>the test loss did not rise (lowest {lowest}, last {last}; you said it would keep falling)</source>
        <translation>der Testverlust stieg nicht (niedrigster {lowest}, letzter {last}; Sie sagten, er würde weiter fallen)</translation>
    </message>
    <message>
        <source>the {loss} run</source>
        <translation>der Lauf mit {loss}</translation>
    </message>
    <message>
        <source>all at the same epoch</source>
        <translation>alle in derselben Epoche</translation>
    </message>
    <message>
        <source>both at the same epoch</source>
        <translation>beide in derselben Epoche</translation>
    </message>
    <message>
        <source>none of them, by then</source>
        <translation>keiner von ihnen, bis dahin</translation>
    </message>
    <message>
        <source>neither, by then</source>
        <translation>keiner von beiden, bis dahin</translation>
    </message>
    <message>
        <source>Very close</source>
        <translation>Sehr nah</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Nah</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>Teilweise richtig</translation>
    </message>
    <message>
        <source>Far off</source>
        <translation>Weit daneben</translation>
    </message>
    <message>
        <source>A boundary needs two different points.</source>
        <translation>Eine Grenze braucht zwei verschiedene Punkte.</translation>
    </message>
    <message>
        <source>{closeness}: your line and the network&apos;s boundary put {share} of the plane on the same side.</source>
        <translation>{closeness}: Ihre Linie und die Grenze des Netzes legen {share} der Ebene auf dieselbe Seite.</translation>
    </message>
    <message>
        <source>The network&apos;s boundary runs on average {distance} from your line.</source>
        <translation>Die Grenze des Netzes verläuft im Mittel {distance} von Ihrer Linie entfernt.</translation>
    </message>
    <message>
        <source>The network drew no boundary: it says one class everywhere.</source>
        <translation>Das Netz hat keine Grenze gezogen: Es sagt überall dieselbe Klasse.</translation>
    </message>
    <message>
        <source>At epoch {epoch}: {outcome}</source>
        <translation>In Epoche {epoch}: {outcome}</translation>
    </message>
</context>
<context>
    <name>safe_files</name>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>Could not save &apos;{target}&apos;: the disk is full. Free some space, or save to another drive. The file there before, if any, is unchanged.</source>
        <translation>&apos;{target}&apos; konnte nicht gespeichert werden: Der Datenträger ist voll. Geben Sie Speicherplatz frei, oder speichern Sie auf einem anderen Laufwerk. Eine dort vorhandene Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Could not save &apos;{target}&apos;: the folder &apos;{folder}&apos; is on a read-only disk. Save to another folder.</source>
        <translation>&apos;{target}&apos; konnte nicht gespeichert werden: Der Ordner &apos;{folder}&apos; liegt auf einem schreibgeschützten Datenträger. Speichern Sie in einem anderen Ordner.</translation>
    </message>
    <message>
        <source>Could not save &apos;{target}&apos;: you may not write in the folder &apos;{folder}&apos; or to that file. Save to another folder, such as your Documents. The file there before, if any, is unchanged.</source>
        <translation>&apos;{target}&apos; konnte nicht gespeichert werden: Sie dürfen nicht in den Ordner &apos;{folder}&apos; oder in diese Datei schreiben. Speichern Sie in einem anderen Ordner, etwa in Ihren Dokumenten. Eine dort vorhandene Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Could not save &apos;{target}&apos;: the folder &apos;{folder}&apos; does not exist. Choose an existing folder.</source>
        <translation>&apos;{target}&apos; konnte nicht gespeichert werden: Der Ordner &apos;{folder}&apos; existiert nicht. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>Could not save &apos;{target}&apos;: that is a folder. Choose a file name inside it.</source>
        <translation>&apos;{target}&apos; konnte nicht gespeichert werden: Das ist ein Ordner. Wählen Sie einen Dateinamen darin.</translation>
    </message>
    <message>
        <source>Could not save &apos;{target}&apos;: {reason}. Try another folder or name. The file there before, if any, is unchanged.</source>
        <translation>&apos;{target}&apos; konnte nicht gespeichert werden: {reason}. Versuchen Sie einen anderen Ordner oder Namen. Eine dort vorhandene Datei ist unverändert.</translation>
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
<context>
    <name>target_units</name>
    <message>
        <source>The network works on standardized targets; here in {target} units.</source>
        <translation>Das Netz arbeitet mit standardisierten Zielwerten; hier in Einheiten von {target}.</translation>
    </message>
</context>
<context>
    <name>teaching_files</name>
    <message>
        <source>numpy script, needs only numpy (*.py)</source>
        <translation>numpy-Skript, braucht nur numpy (*.py)</translation>
    </message>
    <message>
        <source>PyTorch script (*.py)</source>
        <translation>PyTorch-Skript (*.py)</translation>
    </message>
    <message>
        <source>Export as Python</source>
        <translation>Als Python exportieren</translation>
    </message>
    <message>
        <source>Cannot export this run</source>
        <translation>Dieser Lauf lässt sich nicht exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another folder or file name.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Exported, with a note</source>
        <translation>Exportiert, mit einem Hinweis</translation>
    </message>
    <message>
        <source>Saved {path}; run it with: python {name}</source>
        <translation>{path} gespeichert; ausführen mit: python {name}</translation>
    </message>
    <message>
        <source>Print worksheet</source>
        <translation>Arbeitsblatt drucken</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write the worksheet</source>
        <translation>Das Arbeitsblatt konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Saved {path}: sheet {seed}; worksheet pages: {pages}, answer-key pages: {key_pages}</source>
        <translation>{path} gespeichert: Blatt {seed}; Seiten Arbeitsblatt: {pages}, Seiten Lösungen: {key_pages}</translation>
    </message>
</context>
<context>
    <name>trainer</name>
    <message>
        <source>the weights from epoch {epoch}</source>
        <translation>die Gewichte aus Epoche {epoch}</translation>
    </message>
    <message>
        <source>the starting weights</source>
        <translation>die Startgewichte</translation>
    </message>
    <message>
        <source>{which}, where the training loss was {loss}, are back</source>
        <translation>{which}, bei denen der Trainingsverlust {loss} betrug, sind wiederhergestellt</translation>
    </message>
    <message>
        <source>{which} are back</source>
        <translation>{which} sind wiederhergestellt</translation>
    </message>
    <message>
        <source>The {what} at step {step} (epoch {epoch}): the steps overshoot instead of going downhill. Training stopped, and {kept}. Lower the learning rate (now {rate}), to {lower_rate} say, and train again.</source>
        <translation>Bei Schritt {step} (Epoche {epoch}) {what}: Die Schritte schießen über das Ziel hinaus, statt bergab zu führen. Das Training wurde angehalten, und {kept}. Senken Sie die Lernrate (jetzt {rate}), etwa auf {lower_rate}, und trainieren Sie erneut.</translation>
    </message>
    <message>
        <source>The learning rate must be a positive number; got {value}.</source>
        <translation>Die Lernrate muss eine positive Zahl sein; erhalten: {value}.</translation>
    </message>
    <message>
        <source>Unknown regularization {name!r}; choose none, l1 or l2.</source>
        <translation>Unbekannte Regularisierung {name!r}; wählen Sie none, l1 oder l2.</translation>
    </message>
    <message>
        <source>The regularization rate must be 0 or more; got {value}.</source>
        <translation>Die Regularisierungsrate muss 0 oder mehr sein; erhalten: {value}.</translation>
    </message>
    <message>
        <source>The batch size must be at least 1; got {value}.</source>
        <translation>Die Batchgröße muss mindestens 1 sein; erhalten: {value}.</translation>
    </message>
    <message>
        <source>The early-stopping patience must be a whole number of epochs, at least 1; got {patience}.</source>
        <translation>Die Geduld des frühen Stoppens muss eine ganze Zahl von Epochen sein, mindestens 1; erhalten: {patience}.</translation>
    </message>
    <message>
        <source>The data has {n_inputs} inputs and {n_outputs} outputs; the network {network} does not fit it.</source>
        <translation>Die Daten haben {n_inputs} Eingaben und {n_outputs} Ausgaben; das Netz {network} passt nicht dazu.</translation>
    </message>
    <message>
        <source>loss became NaN (not a number)</source>
        <translation>wurde der Verlust NaN (keine Zahl)</translation>
    </message>
    <message>
        <source>loss became infinite</source>
        <translation>wurde der Verlust unendlich</translation>
    </message>
    <message>
        <source>loss of a batch grew to {loss}</source>
        <translation>wuchs der Verlust eines Batches auf {loss}</translation>
    </message>
    <message>
        <source>weights grew past what a computer can store</source>
        <translation>wuchsen die Gewichte über das hinaus, was ein Computer speichern kann</translation>
    </message>
    <message>
        <source>loss over the training set became NaN</source>
        <translation>wurde der Verlust über die Trainingsdaten NaN</translation>
    </message>
    <message>
        <source>loss over the training set became infinite</source>
        <translation>wurde der Verlust über die Trainingsdaten unendlich</translation>
    </message>
    <message>
        <source>loss grew to {loss}, more than {factor} times its best ({best})</source>
        <translation>wuchs der Verlust auf {loss}, mehr als das {factor}-Fache seines besten Werts ({best})</translation>
    </message>
</context>
<context>
    <name>walkthrough</name>
    <message>
        <source>Forward propagation starts: the inputs</source>
        <translation>Der Vorwärtsdurchlauf beginnt: die Eingaben</translation>
    </message>
    <message>
        <source>The sample enters the network: {inputs}.</source>
        <translation>Der Punkt geht in das Netz: {inputs}.</translation>
    </message>
    <message>
        <source>Forward: the output layer</source>
        <translation>Vorwärts: die Ausgabeschicht</translation>
    </message>
    <message>
        <source>Each neuron of the output layer adds up its inputs times their weights, plus its bias, then applies {activation}. Neuron 1: z = {terms} + {bias} = {z}, a = {activation}({z}) = {a}.</source>
        <translation>Jedes Neuron der Ausgabeschicht addiert seine Eingaben mal ihre Gewichte, plus seinen Bias, und wendet dann {activation} an. Neuron 1: z = {terms} + {bias} = {z}, a = {activation}({z}) = {a}.</translation>
    </message>
    <message>
        <source>Forward: hidden layer {layer}</source>
        <translation>Vorwärts: verdeckte Schicht {layer}</translation>
    </message>
    <message>
        <source>Each neuron of hidden layer {layer} adds up its inputs times their weights, plus its bias, then applies {activation}. Neuron 1: z = {terms} + {bias} = {z}, a = {activation}({z}) = {a}.</source>
        <translation>Jedes Neuron der verdeckten Schicht {layer} addiert seine Eingaben mal ihre Gewichte, plus seinen Bias, und wendet dann {activation} an. Neuron 1: z = {terms} + {bias} = {z}, a = {activation}({z}) = {a}.</translation>
    </message>
    <message>
        <source>How wrong is the network on this sample? {formula}; for this sample {term} = {value}. {note} 0 would be perfect.</source>
        <translation>Wie falsch liegt das Netz bei diesem Punkt? {formula}; für diesen Punkt {term} = {value}. {note} 0 wäre perfekt.</translation>
    </message>
    <message>
        <source>The loss of this sample</source>
        <translation>Der Verlust dieses Punkts</translation>
    </message>
    <message>
        <source>Backward: the output layer</source>
        <translation>Rückwärts: die Ausgabeschicht</translation>
    </message>
    <message>
        <source>Backpropagation through the output layer: each neuron&apos;s error signal ∂L/∂z is passed back along its weights. For the weight from unit {unit} to neuron {neuron}: ∂L/∂w = ∂L/∂z · a = {delta} · {a} = {grad}. The edges are now drawn by their gradient: the bolder, the bigger.</source>
        <translation>Rückpropagierung durch die Ausgabeschicht: Das Fehlersignal ∂L/∂z jedes Neurons wird entlang seiner Gewichte zurückgegeben. Für das Gewicht von Einheit {unit} zu Neuron {neuron}: ∂L/∂w = ∂L/∂z · a = {delta} · {a} = {grad}. Die Kanten zeigen jetzt ihren Gradienten: je kräftiger, desto größer.</translation>
    </message>
    <message>
        <source>Backward: hidden layer {layer}</source>
        <translation>Rückwärts: verdeckte Schicht {layer}</translation>
    </message>
    <message>
        <source>Backpropagation through hidden layer {layer}: each neuron&apos;s error signal ∂L/∂z is passed back along its weights. For the weight from unit {unit} to neuron {neuron}: ∂L/∂w = ∂L/∂z · a = {delta} · {a} = {grad}. The edges are now drawn by their gradient: the bolder, the bigger.</source>
        <translation>Rückpropagierung durch die verdeckte Schicht {layer}: Das Fehlersignal ∂L/∂z jedes Neurons wird entlang seiner Gewichte zurückgegeben. Für das Gewicht von Einheit {unit} zu Neuron {neuron}: ∂L/∂w = ∂L/∂z · a = {delta} · {a} = {grad}. Die Kanten zeigen jetzt ihren Gradienten: je kräftiger, desto größer.</translation>
    </message>
    <message>
        <source>Every weight moves against its gradient: w ← w − η·∂L/∂w. The weight that moves most: {weight} − {rate}·{grad} = {new_weight}. Biases too: b ← b − η·∂L/∂b. With the new weights this sample&apos;s loss is lower.</source>
        <translation>Jedes Gewicht bewegt sich gegen seinen Gradienten: w ← w − η·∂L/∂w. Das Gewicht, das sich am stärksten bewegt: {weight} − {rate}·{grad} = {new_weight}. Ebenso die Biases: b ← b − η·∂L/∂b. Mit den neuen Gewichten ist der Verlust dieses Punkts kleiner.</translation>
    </message>
    <message>
        <source>Update: weights and biases adjusted to lower the loss</source>
        <translation>Aktualisierung: Gewichte und Biases angepasst, um den Verlust zu senken</translation>
    </message>
</context>
<context>
    <name>worksheet</name>
    <message>
        <source>Name  ______________________________        Date  ______________</source>
        <translation>Name  ______________________________        Datum  ______________</translation>
    </message>
    <message>
        <source>Network: {layers}     Loss: {loss}     Learning rate: η = {learning_rate}</source>
        <translation>Netz: {layers}     Verlust: {loss}     Lernrate: η = {learning_rate}</translation>
    </message>
    <message>
        <source>The sample (training point {number}, inputs as the network sees them): {inputs}     Target: {target}</source>
        <translation>Das Beispiel (Trainingspunkt {number}, Eingaben so, wie das Netz sie sieht): {inputs}     Ziel: {target}</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>hidden {layer}</source>
        <translation>verdeckt {layer}</translation>
    </message>
    <message>
        <source>The dashed line is the weight w* asked for below. Each line&apos;s number is its weight; b is each neuron&apos;s bias.</source>
        <translation>Die gestrichelte Linie ist das unten gefragte Gewicht w*. Die Zahl an jeder Linie ist ihr Gewicht; b ist der Bias jedes Neurons.</translation>
    </message>
    <message>
        <source>Where the lines are crowded, the table after the diagram lists the weights and biases.</source>
        <translation>Wo die Linien zu dicht liegen, führt die Tabelle nach dem Diagramm die Gewichte und Biases auf.</translation>
    </message>
    <message>
        <source>hidden layer {layer}</source>
        <translation>verdeckter Schicht {layer}</translation>
    </message>
    <message>
        <source>the inputs</source>
        <translation>den Eingaben</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>der Ausgabe</translation>
    </message>
    <message>
        <source>Weights from {source} (rows) to {destination} (columns)</source>
        <translation>Gewichte von {source} (Zeilen) zu {destination} (Spalten)</translation>
    </message>
    <message>
        <source>bias b</source>
        <translation>Bias b</translation>
    </message>
    <message>
        <source>Work out</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Paper is a4 or letter; got {paper!r}.</source>
        <translation>Das Papier ist a4 oder letter, nicht {paper!r}.</translation>
    </message>
    <message>
        <source>Loss Explorer worksheet</source>
        <translation>Loss Explorer – Arbeitsblatt</translation>
    </message>
    <message>
        <source>Sheet {sheet}</source>
        <translation>Blatt {sheet}</translation>
    </message>
    <message>
        <source>One training step by hand</source>
        <translation>Ein Trainingsschritt von Hand</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Lösungsschlüssel</translation>
    </message>
    <message>
        <source>Work out each number in order, from the network&apos;s weights and the sample above. Write 4 significant digits; answers within 2% (or 0.01) count as right. δ is ∂L/∂z, the neuron&apos;s error signal; f′(z) is its activation&apos;s slope.</source>
        <translation>Berechnen Sie jede Zahl der Reihe nach aus den Gewichten des Netzes und dem Beispiel oben. Schreiben Sie 4 gültige Ziffern; Antworten innerhalb von 2 % (oder 0,01) gelten als richtig. δ ist ∂L/∂z, das Fehlersignal des Neurons; f′(z) ist die Steigung seiner Aktivierungsfunktion.</translation>
    </message>
    <message>
        <source>The engine&apos;s numbers, rounded to 4 significant digits. An answer within 2% (or 0.01) of these is right.</source>
        <translation>Die Zahlen der Rechnung, auf 4 gültige Ziffern gerundet. Eine Antwort innerhalb von 2 % (oder 0,01) davon ist richtig.</translation>
    </message>
    <message>
        <source>Loss Explorer · {title} (continued)</source>
        <translation>Loss Explorer · {title} (Fortsetzung)</translation>
    </message>
</context>
</TS>
