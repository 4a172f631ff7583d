<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
    <name>lesson_panel</name>
    <message>
        <source>A blank line starts a new paragraph. **bold**, *italic*, `code`, [link](https://…); lines starting with - or 1. make lists, # makes a heading, four spaces indent a centred formula. Other text, HTML included, shows as it is typed.</source>
        <translation>Eine Leerzeile beginnt einen neuen Absatz. **fett**, *kursiv*, `Code`, [Link](https://…); Zeilen, die mit - oder 1. beginnen, bilden Listen, # macht eine Überschrift, vier Leerzeichen rücken eine zentrierte Formel ein. Anderer Text, auch HTML, erscheint so, wie er getippt wurde.</translation>
    </message>
</context>
</TS>
