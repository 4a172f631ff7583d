<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>LessonPanel</name>
    <message>
        <source>lesson</source>
        <translation>lección</translation>
    </message>
    <message>
        <source>Built-in lessons, each with its own data, network and loss.</source>
        <translation>Lecciones incluidas, cada una con sus propios datos, su red y su función de pérdida.</translation>
    </message>
    <message>
        <source>Pick a lesson…</source>
        <translation>Elija una lección…</translation>
    </message>
    <message>
        <source>Start lesson</source>
        <translation>Iniciar lección</translation>
    </message>
    <message>
        <source>start lesson</source>
        <translation>iniciar lección</translation>
    </message>
    <message>
        <source>Set up the data, network and loss of this lesson (your current work is replaced).</source>
        <translation>Prepara los datos, la red y la función de pérdida de esta lección (su trabajo actual se sustituye).</translation>
    </message>
    <message>
        <source>Save as lesson…</source>
        <translation>Guardar como lección…</translation>
    </message>
    <message>
        <source>save as lesson</source>
        <translation>guardar como lección</translation>
    </message>
    <message>
        <source>Save the current data, network and settings with your own text as a lesson file.</source>
        <translation>Guarda los datos, la red y los ajustes actuales con su propio texto como archivo de lección.</translation>
    </message>
    <message>
        <source>lesson text</source>
        <translation>texto de la lección</translation>
    </message>
    <message>
        <source>No lesson text with this experiment.</source>
        <translation>Este experimento no tiene texto de lección.</translation>
    </message>
    <message>
        <source>Pick a lesson and press {button}.</source>
        <translation>Elija una lección y pulse {button}.</translation>
    </message>
    <message>
        <source>Could not open this lesson</source>
        <translation>No se pudo abrir esta lección</translation>
    </message>
    <message>
        <source>The lesson could not be opened because of an unexpected error (written to the log).</source>
        <translation>La lección no se pudo abrir por un error inesperado (anotado en el registro).</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Guardar lección</translation>
    </message>
    <message>
        <source>Lessons (*.json)</source>
        <translation>Lecciones (*.json)</translation>
    </message>
    <message>
        <source>Could not save the lesson</source>
        <translation>No se pudo guardar la lección</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another folder or name.</source>
        <translation>No se pudo escribir {path}: {reason}. Elija otra carpeta u otro nombre.</translation>
    </message>
</context>
<context>
    <name>SaveLessonDialog</name>
    <message>
        <source>Save as lesson</source>
        <translation>Guardar como lección</translation>
    </message>
    <message>
        <source>lesson title</source>
        <translation>título de la lección</translation>
    </message>
    <message>
        <source>The lesson&apos;s title, shown in the lesson list.</source>
        <translation>El título de la lección, que aparece en la lista de lecciones.</translation>
    </message>
    <message>
        <source>lesson text</source>
        <translation>texto de la lección</translation>
    </message>
    <message>
        <source>What students should look at and try.</source>
        <translation>Lo que los estudiantes deben observar y probar.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Lesson too long</source>
        <translation>Lección demasiado larga</translation>
    </message>
    <message>
        <source>The text has {length} characters; a lesson may have {limit}. Shorten it, or split it into two lessons.</source>
        <translation>El texto tiene {length} caracteres; una lección puede tener {limit}. Acórtelo o divídalo en dos lecciones.</translation>
    </message>
    <message>
        <source>Untitled lesson</source>
        <translation>Lección sin título</translation>
    </message>
</context>
<context>
    <name>experiment_schema</name>
    <message>
        <source>is {found}; it must be an object that maps a language code to that language&apos;s title and text, such as {{&quot;de&quot;: {{&quot;title&quot;: &quot;…&quot;, &quot;text&quot;: &quot;…&quot;}}}}.</source>
        <translation>es {found}; debe ser un objeto que asigne a un código de idioma el título y el texto en ese idioma, como {{&quot;de&quot;: {{&quot;title&quot;: &quot;…&quot;, &quot;text&quot;: &quot;…&quot;}}}}.</translation>
    </message>
    <message>
        <source>has {count} languages; a lesson may have {limit}. Remove some.</source>
        <translation>tiene {count} idiomas; una lección puede tener {limit}. Quite algunos.</translation>
    </message>
    <message>
        <source>has the language {code}; a language is named by its code, such as &quot;de&quot; (German) or &quot;es&quot; (Spanish). Rename it.</source>
        <translation>tiene el idioma {code}; un idioma se nombra por su código, como &quot;de&quot; (alemán) o &quot;es&quot; (español). Cámbiele el nombre.</translation>
    </message>
    <message>
        <source>is English, which the lesson&apos;s own title and text are. Put the English text there and remove this one.</source>
        <translation>es inglés, el idioma del título y el texto propios de la lección. Ponga allí el texto en inglés y quite esta entrada.</translation>
    </message>
    <message>
        <source>is {found}; it must be an object with the lesson&apos;s title and text in this language: {{&quot;title&quot;: &quot;…&quot;, &quot;text&quot;: &quot;…&quot;}}.</source>
        <translation>es {found}; debe ser un objeto con el título y el texto de la lección en este idioma: {{&quot;title&quot;: &quot;…&quot;, &quot;text&quot;: &quot;…&quot;}}.</translation>
    </message>
    <message>
        <source>has neither a title nor a text; give &quot;title&quot; and &quot;text&quot; in this language, or remove it.</source>
        <translation>no tiene ni título ni texto; indique &quot;title&quot; y &quot;text&quot; en este idioma o quite la entrada.</translation>
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
    <name>lesson_panel</name>
    <message>
        <source>A blank line starts a new paragraph. **bold**, *italic*, `code`, [link](https://…); lines starting with - or 1. make lists, # makes a heading, four spaces indent a centred formula. Other text, HTML included, shows as it is typed.</source>
        <translation>Una línea en blanco empieza un párrafo nuevo. **negrita**, *cursiva*, `código`, [enlace](https://…); las líneas que empiezan por - o 1. forman listas, # crea un título y cuatro espacios sangran una fórmula centrada. El resto del texto, HTML incluido, se muestra tal como se escribe.</translation>
    </message>
</context>
</TS>
