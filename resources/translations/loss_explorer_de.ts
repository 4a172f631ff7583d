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
    <name>opening</name>
    <message>
        <source>Your current work is unchanged.</source>
        <translation>Ihre aktuelle Arbeit bleibt unverändert.</translation>
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
</TS>
