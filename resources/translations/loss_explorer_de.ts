<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
    <name>ValidationCurve</name>
    <message>
        <source>Train is measured on the rows the weights are fitted to, test on unseen rows: test rising while train falls means memorizing.</source>
        <translation>Training wird an den Zeilen gemessen, an die die Gewichte angepasst werden, Test an ungesehenen Zeilen: Steigt Test, während Training fällt, lernt das Netz auswendig.</translation>
    </message>
    <message>
        <source>Train falls because the weights fit those rows; validation and test are unseen rows, so when they rise while train falls, the network is memorizing.</source>
        <translation>Training fällt, weil die Gewichte zu diesen Zeilen passen; Validierung und Test sind ungesehene Zeilen: Steigen sie, während Training fällt, lernt das Netz auswendig.</translation>
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
        <source>the inputs</source>
        <translation>den Eingaben</translation>
    </message>
    <message>
        <source>hidden layer {layer}</source>
        <translation>verdeckter Schicht {layer}</translation>
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
