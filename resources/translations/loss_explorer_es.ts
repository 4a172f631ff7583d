<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>bookmarks</source>
        <translation>marcadores</translation>
    </message>
    <message>
        <source>Saved moments of training. Double-click one to go back to it.</source>
        <translation>Momentos guardados del entrenamiento. Haga doble clic en uno para volver a él.</translation>
    </message>
    <message>
        <source>Bookmark now</source>
        <translation>Marcar ahora</translation>
    </message>
    <message>
        <source>Remember the weights, the curve and the settings as they are now (Ctrl+B).</source>
        <translation>Recordar los pesos, la curva y los ajustes tal como están ahora (Ctrl+B).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Go back to the selected moment; change settings and train to branch from it.</source>
        <translation>Volver al momento seleccionado; cambie los ajustes y entrene para ramificar desde allí.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Forget the selected bookmark.</source>
        <translation>Olvidar el marcador seleccionado.</translation>
    </message>
</context>
<context>
    <name>CheckCalculationPanel</name>
    <message>
        <source>Which training point to work through by hand.</source>
        <translation>Qué punto de entrenamiento calcular a mano.</translation>
    </message>
    <message>
        <source>Training point</source>
        <translation>Punto de entrenamiento</translation>
    </message>
    <message>
        <source>Another point</source>
        <translation>Otro punto</translation>
    </message>
    <message>
        <source>A different training point at random, with empty blanks.</source>
        <translation>Otro punto de entrenamiento al azar, con las casillas vacías.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Check the values typed so far, in order, up to the first wrong one.</source>
        <translation>Comprueba en orden los valores escritos hasta ahora, hasta el primero incorrecto.</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>One more hint for the first blank that is not right yet.</source>
        <translation>Una pista más para la primera casilla que aún no es correcta.</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Fill in the first blank that is not right yet, worked out.</source>
        <translation>Rellena la primera casilla que aún no es correcta, con el cálculo.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Empty every blank.</source>
        <translation>Vacía todas las casillas.</translation>
    </message>
    <message>
        <source>The weights or settings changed, so the blanks now ask for the new numbers. Check again.</source>
        <translation>Los pesos o los ajustes cambiaron, así que las casillas piden ahora los números nuevos. Vuelva a comprobar.</translation>
    </message>
    <message>
        <source>Work out each number in order and type it in; then press Check. Four significant digits are plenty: within 2% (or 0.01) counts as right.</source>
        <translation>Calcule cada número en orden y escríbalo; después pulse Comprobar. Bastan cuatro cifras significativas: con un margen del 2 % (o 0,01) cuenta como correcto.</translation>
    </message>
    <message>
        <source>output {activation}</source>
        <translation>salida {activation}</translation>
    </message>
    <message>
        <source>hidden {layer} {activation}</source>
        <translation>oculta {layer} {activation}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inputs&lt;/b&gt; (as the network sees them): {inputs}. &lt;b&gt;Target&lt;/b&gt;: {target}.</source>
        <translation>&lt;b&gt;Entradas&lt;/b&gt; (tal como las ve la red): {inputs}. &lt;b&gt;Objetivo&lt;/b&gt;: {target}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loss&lt;/b&gt;: {loss}. &lt;b&gt;Learning rate&lt;/b&gt; η = {learning_rate}. &lt;b&gt;Activations&lt;/b&gt;: {layers}.</source>
        <translation>&lt;b&gt;Pérdida&lt;/b&gt;: {loss}. &lt;b&gt;Tasa de aprendizaje&lt;/b&gt; η = {learning_rate}. &lt;b&gt;Activaciones&lt;/b&gt;: {layers}.</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>pesos</translation>
    </message>
    <message>
        <source>bias b</source>
        <translation>sesgo b</translation>
    </message>
    <message>
        <source>The weight to follow through backpropagation and the update: &lt;b&gt;{weight}&lt;/b&gt; = {value}.</source>
        <translation>El peso que se sigue en la retropropagación y la actualización: &lt;b&gt;{weight}&lt;/b&gt; = {value}.</translation>
    </message>
    <message>
        <source>Your value of {label}: {formula}.</source>
        <translation>Su valor de {label}: {formula}.</translation>
    </message>
    <message>
        <source>{step}, {label}: &apos;{typed}&apos; is not a number. Type it like {example} or 1.5e-3.</source>
        <translation>{step}, {label}: «{typed}» no es un número. Escríbalo como {example} o 1.5e-3.</translation>
    </message>
    <message>
        <source>{done} of {total} right so far. Next: {step}, {label}.</source>
        <translation>{done} de {total} correctos por ahora. Siguiente: {step}, {label}.</translation>
    </message>
    <message>
        <source>All {total} values are right: this is exactly what one training step computes for this point.</source>
        <translation>Los {total} valores son correctos: esto es exactamente lo que calcula un paso de entrenamiento para este punto.</translation>
    </message>
    <message>
        <source>Every value is right; no hints needed.</source>
        <translation>Todos los valores son correctos; no hacen falta pistas.</translation>
    </message>
    <message>
        <source>Hint {n} of {total} for {label}: {hint}</source>
        <translation>Pista {n} de {total} para {label}: {hint}</translation>
    </message>
    <message>
        <source>Filled in {label}. Carry on from there.</source>
        <translation>{label} rellenado. Continúe desde ahí.</translation>
    </message>
    <message>
        <source>Every blank is empty again.</source>
        <translation>Todas las casillas vuelven a estar vacías.</translation>
    </message>
</context>
<context>
    <name>CompareChallenge</name>
    <message>
        <source>{title}. Goal: {goal}.</source>
        <translation>{title}. Objetivo: {goal}.</translation>
    </message>
    <message>
        <source>Goal met: well done. {status}</source>
        <translation>Objetivo cumplido: muy bien. {status}</translation>
    </message>
    <message>
        <source>Not this time: {status}. Change a setting and try again.</source>
        <translation>Esta vez no: {status}. Cambie un ajuste y vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln attempt(s) so far, goal met in {met}.)</source>
        <translation>
            <numerusform>(%Ln intento hasta ahora, objetivo cumplido en {met}.)</numerusform>
            <numerusform>(%Ln intentos hasta ahora, objetivo cumplido en {met}.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare losses</source>
        <translation>Comparar funciones de pérdida</translation>
    </message>
    <message>
        <source>Start or pause the chosen copies together.</source>
        <translation>Inicia o pausa juntas las copias elegidas.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Every copy back to the same starting weights.</source>
        <translation>Todas las copias vuelven a los mismos pesos iniciales.</translation>
    </message>
    <message>
        <source>Start confidently wrong</source>
        <translation>Empezar seguro y equivocado</translation>
    </message>
    <message>
        <source>start confidently wrong</source>
        <translation>empezar seguro y equivocado</translation>
    </message>
    <message>
        <source>Every copy starts out saying one class for every point, 99.8% sure (the output bias set to 6): confidently wrong about every point of the other class. Switching starts the runs over.</source>
        <translation>Cada copia empieza diciendo una misma clase para todos los puntos, con un 99,8 % de seguridad (el sesgo de salida en 6): segura y equivocada en cada punto de la otra clase. Cambiarlo reinicia las ejecuciones.</translation>
    </message>
    <message>
        <source>compare {loss}</source>
        <translation>comparar {loss}</translation>
    </message>
    <message>
        <source>Train and show the copy that minimises {loss}.</source>
        <translation>Entrena y muestra la copia que minimiza {loss}.</translation>
    </message>
    <message>
        <source>{loss} run: {loss} loss</source>
        <translation>ejecución {loss}: pérdida {loss}</translation>
    </message>
    <message>
        <source>{loss} run</source>
        <translation>ejecución {loss}</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>training loss (each run&apos;s own loss)</source>
        <translation>pérdida (la de cada ejecución)</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>exactitud de prueba</translation>
    </message>
    <message>
        <source>test R²</source>
        <translation>R² de prueba</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation>aún sin entrenar</translation>
    </message>
    <message>
        <source>{accuracy} test accuracy</source>
        <translation>{accuracy} de exactitud de prueba</translation>
    </message>
    <message>
        <source>test R² {r2}</source>
        <translation>R² de prueba {r2}</translation>
    </message>
    <message>
        <source>{loss} · epoch {epoch} · {shown}</source>
        <translation>{loss} · época {epoch} · {shown}</translation>
    </message>
</context>
<context>
    <name>CsvCounts</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feature column(s)</source>
        <translation>
            <numerusform>%Ln columna de entrada</numerusform>
            <numerusform>%Ln columnas de entrada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Classification with %Ln classes: {names}</source>
        <translation>
            <numerusform>Clasificación con %Ln clase: {names}</numerusform>
            <numerusform>Clasificación con %Ln clases: {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import CSV data: {name}</source>
        <translation>Importar datos CSV: {name}</translation>
    </message>
    <message>
        <source>import CSV data</source>
        <translation>importar datos CSV</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>reading progress</source>
        <translation>progreso de lectura</translation>
    </message>
    <message>
        <source>How much of the file has been read</source>
        <translation>Cuánto del archivo se ha leído</translation>
    </message>
    <message>
        <source>Reading… %p%</source>
        <translation>Leyendo… %p %</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>cancel reading</source>
        <translation>cancelar la lectura</translation>
    </message>
    <message>
        <source>Stop reading the file</source>
        <translation>Deja de leer el archivo</translation>
    </message>
    <message>
        <source>problem with the file</source>
        <translation>problema con el archivo</translation>
    </message>
    <message>
        <source>target column</source>
        <translation>columna objetivo</translation>
    </message>
    <message>
        <source>The column the network learns to predict; every other column is an input and must hold numbers.</source>
        <translation>La columna que la red aprende a predecir; las demás columnas son entradas y deben contener números.</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tarea</translation>
    </message>
    <message>
        <source>Classification predicts a class (text, or a few whole numbers); regression predicts a number. Auto-detect decides from the target column.</source>
        <translation>La clasificación predice una clase (texto o unos pocos números enteros); la regresión predice un número. Automático decide según la columna objetivo.</translation>
    </message>
    <message>
        <source>Auto-detect</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regresión</translation>
    </message>
    <message>
        <source>what was found</source>
        <translation>lo que se encontró</translation>
    </message>
    <message>
        <source>preview of the first rows</source>
        <translation>vista previa de las primeras filas</translation>
    </message>
    <message>
        <source>The first {rows} rows of the file, numbered by their line in the file; the target column is highlighted.</source>
        <translation>Las primeras {rows} filas del archivo, numeradas por su línea en el archivo; la columna objetivo está resaltada.</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>Columna objetivo</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Use this data</source>
        <translation>Usar estos datos</translation>
    </message>
    <message>
        <source>use this data</source>
        <translation>usar estos datos</translation>
    </message>
    <message>
        <source>Train on this file instead of the data loaded now</source>
        <translation>Entrenar con este archivo en lugar de los datos cargados ahora</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>cancelar</translation>
    </message>
    <message>
        <source>Close without changing the data</source>
        <translation>Cerrar sin cambiar los datos</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Reading the file again with this choice…</source>
        <translation>Leyendo de nuevo el archivo con esta elección…</translation>
    </message>
    <message>
        <source>This file cannot be used as it is.</source>
        <translation>Este archivo no se puede usar tal como está.</translation>
    </message>
    <message>
        <source>This choice of target and task does not work for this file.</source>
        <translation>Esta elección de objetivo y tarea no sirve para este archivo.</translation>
    </message>
    <message>
        <source>The start of the file, numbered by line; the cell the message points at is marked in red.</source>
        <translation>El comienzo del archivo, numerado por líneas; la celda a la que apunta el mensaje está marcada en rojo.</translation>
    </message>
    <message numerus="yes">
        <source>The first {shown} of %Ln row(s). Every column but the target is an input and must hold numbers; the target (highlighted) may be text.</source>
        <translation>
            <numerusform>Las primeras {shown} de %Ln fila. Todas las columnas salvo el objetivo son entradas y deben contener números; el objetivo (resaltado) puede ser texto.</numerusform>
            <numerusform>Las primeras {shown} de %Ln filas. Todas las columnas salvo el objetivo son entradas y deben contener números; el objetivo (resaltado) puede ser texto.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (target)</source>
        <translation>{name} (objetivo)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the target: what the network learns to predict</source>
        <translation>«{name}» es el objetivo: lo que la red aprende a predecir</translation>
    </message>
    <message>
        <source>The problem is here</source>
        <translation>El problema está aquí</translation>
    </message>
</context>
<context>
    <name>DataCounts</name>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln punto</numerusform>
            <numerusform>%Ln puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln input(s)</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <source>data set</source>
        <translation>conjunto de datos</translation>
    </message>
    <message>
        <source>The data the network learns from: a built-in set, or your CSV file.</source>
        <translation>Los datos de los que aprende la red: un conjunto incluido o su archivo CSV.</translation>
    </message>
    <message>
        <source>{title}: {description}</source>
        <translation>{title}: {description}</translation>
    </message>
    <message>
        <source>Open CSV…</source>
        <translation>Abrir CSV…</translation>
    </message>
    <message>
        <source>open CSV file</source>
        <translation>abrir archivo CSV</translation>
    </message>
    <message>
        <source>Load your own table from a CSV file (Ctrl+O): numeric input columns and one target column.</source>
        <translation>Cargue su propia tabla desde un archivo CSV (Ctrl+O): columnas de entrada numéricas y una columna objetivo.</translation>
    </message>
    <message>
        <source>built-in data sets</source>
        <translation>conjuntos de datos incluidos</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regresión</translation>
    </message>
    <message>
        <source>data set {title}</source>
        <translation>conjunto de datos {title}</translation>
    </message>
    <message>
        <source>data summary</source>
        <translation>resumen de los datos</translation>
    </message>
    <message>
        <source>data error</source>
        <translation>error en los datos</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>ruido</translation>
    </message>
    <message>
        <source>Noise, 0% to 50%: how much the points stray from the clean pattern (TF Playground&apos;s noise).</source>
        <translation>Ruido, del 0 % al 50 %: cuánto se apartan los puntos del patrón limpio (el ruido de TF Playground).</translation>
    </message>
    <message>
        <source>number of points</source>
        <translation>número de puntos</translation>
    </message>
    <message>
        <source>How many points to generate, {low} to {high}.</source>
        <translation>Cuántos puntos generar, de {low} a {high}.</translation>
    </message>
    <message>
        <source>data seed</source>
        <translation>semilla de datos</translation>
    </message>
    <message>
        <source>The random seed the points are drawn with: the same seed gives the same points.</source>
        <translation>La semilla aleatoria con la que se generan los puntos: la misma semilla da los mismos puntos.</translation>
    </message>
    <message>
        <source>regenerate data</source>
        <translation>regenerar los datos</translation>
    </message>
    <message>
        <source>Draw fresh points with the next seed.</source>
        <translation>Genera puntos nuevos con la siguiente semilla.</translation>
    </message>
    <message>
        <source>training data share</source>
        <translation>proporción de datos de entrenamiento</translation>
    </message>
    <message>
        <source>Share of the rows used for training, 10% to 90%; the rest test how well the network does on data it has not seen.</source>
        <translation>Proporción de filas usadas para entrenar, del 10 % al 90 %; el resto comprueba qué tal le va a la red con datos que no ha visto.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Open CSV data</source>
        <translation>Abrir datos CSV</translation>
    </message>
    <message>
        <source>CSV data (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Datos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Noise {percent}</source>
        <translation>Ruido {percent}</translation>
    </message>
    <message>
        <source>Training data {percent}</source>
        <translation>Entrenamiento {percent}</translation>
    </message>
    <message>
        <source>{tip} Only for built-in sets: a CSV file&apos;s rows are what they are.</source>
        <translation>{tip} Solo para conjuntos incluidos: las filas de un archivo CSV son las que son.</translation>
    </message>
    <message>
        <source>Your CSV file: {name}</source>
        <translation>Su archivo CSV: {name}</translation>
    </message>
</context>
<context>
    <name>EarlyStoppingControls</name>
    <message>
        <source>Stop early after</source>
        <translation>Parada temprana tras</translation>
    </message>
    <message>
        <source>Early stopping, as in Keras and scikit-learn: pause once the validation loss has not improved for this many epochs, and go back to the weights of the epoch where it was lowest. Needs validation rows; a tenth of the training rows is set aside if there are none.</source>
        <translation>Parada temprana, como en Keras y scikit-learn: pausar cuando la pérdida de validación no haya mejorado durante este número de épocas y volver a los pesos de la época en que fue mínima. Necesita filas de validación; si no hay, se reserva una décima parte de las filas de entrenamiento.</translation>
    </message>
    <message>
        <source>The patience: epochs without a better validation loss before training stops.</source>
        <translation>La paciencia: épocas sin una pérdida de validación mejor antes de que el entrenamiento se detenga.</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>épocas</translation>
    </message>
    <message>
        <source>Share of the training rows set aside for validation: the network never trains on them, so their loss shows when it starts to memorize. The test rows stay untouched. Changing it makes a new split and fresh weights.</source>
        <translation>Proporción de las filas de entrenamiento reservada para la validación: la red nunca entrena con ellas, así que su pérdida muestra cuándo empieza a memorizar. Las filas de prueba no se tocan. Cambiarla hace una nueva división y pesos nuevos.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Go to best epoch</source>
        <translation>Ir a la mejor época</translation>
    </message>
    <message>
        <source>Put back the weights of the epoch with the lowest validation loss. The curve stays as it is.</source>
        <translation>Restaurar los pesos de la época con la menor pérdida de validación. La curva se queda como está.</translation>
    </message>
    <message>
        <source>Validation rows</source>
        <translation>Filas de validación</translation>
    </message>
    <message>
        <source>stop early</source>
        <translation>parada temprana</translation>
    </message>
    <message>
        <source>patience</source>
        <translation>paciencia</translation>
    </message>
    <message>
        <source>validation fraction</source>
        <translation>proporción de validación</translation>
    </message>
    <message>
        <source>go to best epoch</source>
        <translation>ir a la mejor época</translation>
    </message>
    <message numerus="yes">
        <source>Now %n row(s) ({share} of the training split).</source>
        <translation>
            <numerusform>Ahora %n fila ({share} de los datos de entrenamiento).</numerusform>
            <numerusform>Ahora %n filas ({share} de los datos de entrenamiento).</numerusform>
        </translation>
    </message>
    <message>
        <source>Now none.</source>
        <translation>Ahora ninguna.</translation>
    </message>
</context>
<context>
    <name>FormulaPanel</name>
    <message>
        <source>loss formula with numbers</source>
        <translation>fórmula de la pérdida con números</translation>
    </message>
    <message>
        <source>The loss being minimised, with the numbers of the first training points plugged in.</source>
        <translation>La pérdida que se minimiza, con los números de los primeros puntos de entrenamiento sustituidos.</translation>
    </message>
</context>
<context>
    <name>LandscapeDialog</name>
    <message>
        <source>Press Compute to map the loss around the current weights.</source>
        <translation>Pulse Calcular para trazar la pérdida alrededor de los pesos actuales.</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>Paisaje de pérdida</translation>
    </message>
    <message>
        <source>Grid points along each direction: more is finer and slower.</source>
        <translation>Puntos de la cuadrícula en cada dirección: más es más fino y más lento.</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>resolución</translation>
    </message>
    <message>
        <source>How far to look along each direction, in units of the weights&apos; own size.</source>
        <translation>Hasta dónde mirar en cada dirección, en unidades del tamaño de los propios pesos.</translation>
    </message>
    <message>
        <source>span</source>
        <translation>alcance</translation>
    </message>
    <message>
        <source>Seeds the two random directions.</source>
        <translation>Semilla de las dos direcciones aleatorias.</translation>
    </message>
    <message>
        <source>direction seed</source>
        <translation>semilla de direcciones</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Direction seed</source>
        <translation>Semilla de direcciones</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcular</translation>
    </message>
    <message>
        <source>Compute the slice at the current weights.</source>
        <translation>Calcula el corte en los pesos actuales.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop computing.</source>
        <translation>Detiene el cálculo.</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>progreso</translation>
    </message>
    <message>
        <source>α  (random direction 1)</source>
        <translation>α  (dirección aleatoria 1)</translation>
    </message>
    <message>
        <source>β  (random direction 2)</source>
        <translation>β  (dirección aleatoria 2)</translation>
    </message>
    <message>
        <source>log₁₀ loss</source>
        <translation>log₁₀ pérdida</translation>
    </message>
    <message>
        <source>training path</source>
        <translation>camino del entrenamiento</translation>
    </message>
    <message>
        <source>Computing {count} losses…</source>
        <translation>Calculando {count} pérdidas…</translation>
    </message>
    <message>
        <source>Could not compute the landscape: {message}</source>
        <translation>No se pudo calcular el paisaje: {message}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Loss here: {here}. Lowest on this slice: {low}, highest: {high}. The star marks the current weights; the white line is the path training took, projected onto this plane.</source>
        <translation>Pérdida aquí: {here}. La más baja en este corte: {low}, la más alta: {high}. La estrella marca los pesos actuales; la línea blanca es el camino que siguió el entrenamiento, proyectado en este plano.</translation>
    </message>
</context>
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
    <name>LossHistogram</name>
    <message>
        <source>histogram of the loss of each training point</source>
        <translation>histograma de la pérdida de cada punto de entrenamiento</translation>
    </message>
    <message>
        <source>How many training points have each loss: bars near 0 are points the network gets right; bars far right are the points it gets most wrong.</source>
        <translation>Cuántos puntos de entrenamiento tienen cada pérdida: las barras cerca de 0 son puntos que la red acierta; las de la derecha, los que más falla.</translation>
    </message>
    <message>
        <source>loss of one sample</source>
        <translation>pérdida de una muestra</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>loss histogram title</source>
        <translation>título del histograma de pérdida</translation>
    </message>
    <message>
        <source>The mean of these losses is the training loss.</source>
        <translation>La media de estas pérdidas es la pérdida de entrenamiento.</translation>
    </message>
    <message>
        <source>mean = {value}</source>
        <translation>media = {value}</translation>
    </message>
    <message>
        <source>{loss} of each of the {n} training points · mean = training loss</source>
        <translation>{loss} de cada uno de los {n} puntos de entrenamiento · media = pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>{loss} of each of a sample of {n} of the {total} training points · mean = training loss</source>
        <translation>{loss} de cada punto de una muestra de {n} de los {total} puntos de entrenamiento · media = pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>, in {units} (the network works on standardized targets)</source>
        <translation>, en {units} (la red trabaja con objetivos estandarizados)</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>Epoch {epoch}: {event}</source>
        <translation>Época {epoch}: {event}</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>época {epoch}</translation>
    </message>
    <message>
        <source>train {loss}</source>
        <translation>entrenamiento {loss}</translation>
    </message>
    <message>
        <source>test {loss}</source>
        <translation>prueba {loss}</translation>
    </message>
    <message>
        <source>Train or step an epoch to draw the loss curve.</source>
        <translation>Entrene o avance una época para dibujar la curva de pérdida.</translation>
    </message>
    <message>
        <source>Loss per epoch: how wrong the network is (0 would be perfect)</source>
        <translation>Pérdida por época: cuánto se equivoca la red (0 sería perfecto)</translation>
    </message>
    <message>
        <source>Loss per epoch (0 would be perfect)</source>
        <translation>Pérdida por época (0 sería perfecto)</translation>
    </message>
    <message>
        <source>latest loss</source>
        <translation>última pérdida</translation>
    </message>
    <message>
        <source>The loss after the latest epoch, on the training points and on the test points.</source>
        <translation>La pérdida tras la última época, en los puntos de entrenamiento y en los de prueba.</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>escala log.</translation>
    </message>
    <message>
        <source>Logarithmic loss axis: each factor of 10 gets the same height, so progress late in training, near 0, stays visible.</source>
        <translation>Eje de pérdida logarítmico: cada factor de 10 ocupa la misma altura, así el progreso tardío, cerca de 0, sigue visible.</translation>
    </message>
    <message>
        <source>smoothing</source>
        <translation>suavizado</translation>
    </message>
    <message>
        <source>Smooth the curves with a moving average: at 0.9 each drawn point is 0.9 × the previous drawn point + 0.1 × the new loss. The raw curves stay faintly behind. 0 draws the raw losses.</source>
        <translation>Suavizar las curvas con una media móvil: con 0,9 cada punto dibujado es 0,9 × el punto dibujado anterior + 0,1 × la nueva pérdida. Las curvas sin suavizar quedan tenues detrás. 0 dibuja las pérdidas sin suavizar.</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>ajustar</translation>
    </message>
    <message>
        <source>fit the view</source>
        <translation>ajustar la vista</translation>
    </message>
    <message>
        <source>Zoom out to show every point. The view then follows new epochs again. (Zoom with the mouse wheel, pan by dragging.)</source>
        <translation>Alejar para mostrar todos los puntos. La vista vuelve a seguir las nuevas épocas. (Zoom con la rueda del ratón, desplazar arrastrando.)</translation>
    </message>
    <message>
        <source>loss curve</source>
        <translation>curva de pérdida</translation>
    </message>
    <message>
        <source>Loss 0: a network that is never wrong</source>
        <translation>Pérdida 0: una red que nunca se equivoca</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>pérdida de prueba</translation>
    </message>
    <message>
        <source>off</source>
        <translation>no</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>epoch {epoch} {share} done</source>
        <translation>época {epoch}: {share} hecho</translation>
    </message>
    <message>
        <source>no epochs yet</source>
        <translation>aún no hay épocas</translation>
    </message>
    <message>
        <source>No epochs yet. {hint}</source>
        <translation>Aún no hay épocas. {hint}</translation>
    </message>
    <message>
        <source>train loss {loss}</source>
        <translation>pérdida de entrenamiento {loss}</translation>
    </message>
    <message>
        <source>test loss {loss}</source>
        <translation>pérdida de prueba {loss}</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>bajando</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>subiendo</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>estable</translation>
    </message>
    <message>
        <source>{losses}; epoch {epoch}</source>
        <translation>{losses}; época {epoch}</translation>
    </message>
    <message>
        <source>loss ({loss})</source>
        <translation>pérdida ({loss})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Abrir reciente</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Entrenar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Open an experiment (.json) or a CSV data file</source>
        <translation>Abrir un experimento (.json) o un archivo de datos CSV</translation>
    </message>
    <message>
        <source>Import CSV data…</source>
        <translation>Importar datos CSV…</translation>
    </message>
    <message>
        <source>Load your own data from a CSV file</source>
        <translation>Cargar sus propios datos desde un archivo CSV</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the experiment</source>
        <translation>Guardar el experimento</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save the experiment under a new name</source>
        <translation>Guardar el experimento con otro nombre</translation>
    </message>
    <message>
        <source>Loss curve as PNG…</source>
        <translation>Curva de pérdida como PNG…</translation>
    </message>
    <message>
        <source>Loss curve as SVG…</source>
        <translation>Curva de pérdida como SVG…</translation>
    </message>
    <message>
        <source>Loss curve as CSV…</source>
        <translation>Curva de pérdida como CSV…</translation>
    </message>
    <message>
        <source>Window as PNG…</source>
        <translation>Ventana como PNG…</translation>
    </message>
    <message>
        <source>Weights as JSON…</source>
        <translation>Pesos como JSON…</translation>
    </message>
    <message>
        <source>Weights as NPZ…</source>
        <translation>Pesos como NPZ…</translation>
    </message>
    <message>
        <source>Export as Python…</source>
        <translation>Exportar como Python…</translation>
    </message>
    <message>
        <source>Write this run as one Python script that repeats it (numpy or PyTorch)</source>
        <translation>Escribir esta ejecución como un script de Python que la repite (numpy o PyTorch)</translation>
    </message>
    <message>
        <source>Print worksheet…</source>
        <translation>Imprimir hoja de ejercicios…</translation>
    </message>
    <message>
        <source>A PDF of one training step to work out by hand, with its answer key</source>
        <translation>Un PDF de un paso de entrenamiento para calcular a mano, con sus soluciones</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Train / Pause</source>
        <translation>Entrenar / Pausa</translation>
    </message>
    <message>
        <source>Start or pause training</source>
        <translation>Iniciar o pausar el entrenamiento</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>One training step</source>
        <translation>Un paso de entrenamiento</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Fresh weights from the seed; clears the curve</source>
        <translation>Pesos nuevos a partir de la semilla; borra la curva</translation>
    </message>
    <message>
        <source>Compare losses…</source>
        <translation>Comparar pérdidas…</translation>
    </message>
    <message>
        <source>Train copies side by side from the same weights, one per loss</source>
        <translation>Entrenar copias lado a lado desde los mismos pesos, una por pérdida</translation>
    </message>
    <message>
        <source>Loss landscape…</source>
        <translation>Paisaje de pérdida…</translation>
    </message>
    <message>
        <source>A 2-D slice of the loss surface around the current weights</source>
        <translation>Un corte 2D de la superficie de pérdida alrededor de los pesos actuales</translation>
    </message>
    <message>
        <source>Bookmark this moment</source>
        <translation>Marcar este momento</translation>
    </message>
    <message>
        <source>Remember the weights, curve and settings to come back to</source>
        <translation>Recordar los pesos, la curva y los ajustes para volver a ellos</translation>
    </message>
    <message>
        <source>Clear earlier runs&apos; curves</source>
        <translation>Borrar las curvas de ejecuciones anteriores</translation>
    </message>
    <message>
        <source>Remove the faded curves of earlier runs</source>
        <translation>Quitar las curvas atenuadas de ejecuciones anteriores</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Modo presentación</translation>
    </message>
    <message>
        <source>Full screen, big text and lines, fewer controls: for a projector</source>
        <translation>Pantalla completa, texto y líneas grandes, menos controles: para un proyector</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Bigger text and lines</source>
        <translation>Texto y líneas más grandes</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Smaller text and lines</source>
        <translation>Texto y líneas más pequeños</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tamaño real</translation>
    </message>
    <message>
        <source>Text and lines at normal size</source>
        <translation>Texto y líneas a tamaño normal</translation>
    </message>
    <message>
        <source>About Loss Explorer</source>
        <translation>Acerca de Loss Explorer</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Fórmula</translation>
    </message>
    <message>
        <source>The loss formula with this moment&apos;s numbers</source>
        <translation>La fórmula de la pérdida con los números de este momento</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>Paso a paso</translation>
    </message>
    <message>
        <source>Follow one point through forward, loss, backward and update</source>
        <translation>Seguir un punto por la propagación hacia delante, la pérdida, la retropropagación y la actualización</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Built-in lessons, and saving your own</source>
        <translation>Lecciones incluidas, y guardar las suyas</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Moments of training to go back to</source>
        <translation>Momentos del entrenamiento a los que volver</translation>
    </message>
    <message>
        <source>Tabs to the left</source>
        <translation>Pestañas a la izquierda</translation>
    </message>
    <message>
        <source>Tabs to the right</source>
        <translation>Pestañas a la derecha</translation>
    </message>
    <message>
        <source>Compare losses</source>
        <translation>Comparar pérdidas</translation>
    </message>
    <message>
        <source>Zoom {zoom} does not fit this screen ({width}×{height}); {fitted} is the largest that does.</source>
        <translation>El zoom {zoom} no cabe en esta pantalla ({width}×{height}); {fitted} es el mayor que cabe.</translation>
    </message>
    <message>
        <source>{kind} files</source>
        <translation>Archivos {kind}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another folder or file name.</source>
        <translation>No se pudo escribir {path}: {reason}. Elija otra carpeta u otro nombre de archivo.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} guardado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loss Explorer&lt;/b&gt;&lt;p&gt;Draw a network, pick a loss, and watch backpropagation lower it.&lt;p&gt;Loss measures how wrong the network is; 0 would be perfect.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Loss Explorer&lt;/b&gt;&lt;p&gt;Dibuje una red, elija una función de pérdida y vea cómo la retropropagación la reduce.&lt;p&gt;La pérdida mide cuánto se equivoca la red; 0 sería perfecto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Experiments and data (*.json *.csv *.tsv *.txt);;Experiments (*.json);;CSV data (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Experimentos y datos (*.json *.csv *.tsv *.txt);;Experimentos (*.json);;Datos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not open this experiment</source>
        <translation>No se pudo abrir este experimento</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be opened because of an unexpected error (written to the log).</source>
        <translation>&apos;{name}&apos; no se pudo abrir por un error inesperado (anotado en el registro).</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>Guardar experimento</translation>
    </message>
    <message>
        <source>Experiments (*.json)</source>
        <translation>Experimentos (*.json)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Your previous file, if any, is unchanged. Choose another folder or name.</source>
        <translation>No se pudo escribir {path}: {reason}. Su archivo anterior, si lo había, no ha cambiado. Elija otra carpeta u otro nombre.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>This experiment has changes that are not saved. Save them first?</source>
        <translation>Este experimento tiene cambios sin guardar. ¿Guardarlos primero?</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <source>dismiss message</source>
        <translation>cerrar mensaje</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>network diagram</source>
        <translation>diagrama de la red</translation>
    </message>
    <message>
        <source>Inputs on the left, hidden layers in the middle, the output on the right. Edge width shows the size of each weight; blue is positive, orange negative. Click an input to switch it, click an edge to type a new weight. With the keyboard: arrows move, Enter switches an input or edits a value.</source>
        <translation>Entradas a la izquierda, capas ocultas en el medio, la salida a la derecha. El grosor de cada arista muestra el tamaño de su peso; azul es positivo, naranja negativo. Pulse una entrada para activarla o desactivarla, pulse una arista para escribir un nuevo peso. Con el teclado: las flechas mueven, Intro cambia una entrada o edita un valor.</translation>
    </message>
    <message>
        <source>new value</source>
        <translation>nuevo valor</translation>
    </message>
    <message>
        <source>Type a number and press Enter; Escape cancels.</source>
        <translation>Escriba un número y pulse Intro; Escape cancela.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <source>remove a hidden layer</source>
        <translation>quitar una capa oculta</translation>
    </message>
    <message>
        <source>add a hidden layer</source>
        <translation>añadir una capa oculta</translation>
    </message>
    <message>
        <source>FEATURES</source>
        <translation>VARIABLES</translation>
    </message>
    <message>
        <source>Click a feature to switch it on or off as an input of the network.</source>
        <translation>Pulse una variable para activarla o desactivarla como entrada de la red.</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation>SALIDA</translation>
    </message>
    <message>
        <source>What the network predicts.</source>
        <translation>Lo que predice la red.</translation>
    </message>
    <message>
        <source>remove a neuron from hidden layer {layer}</source>
        <translation>quitar una neurona de la capa oculta {layer}</translation>
    </message>
    <message>
        <source>add a neuron to hidden layer {layer}</source>
        <translation>añadir una neurona a la capa oculta {layer}</translation>
    </message>
    <message>
        <source>activation of hidden layer {layer}</source>
        <translation>función de activación de la capa oculta {layer}</translation>
    </message>
    <message>
        <source>Activation of hidden layer {layer}</source>
        <translation>Función de activación de la capa oculta {layer}</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden layer(s)</source>
        <translation>
            <numerusform>%n capa oculta</numerusform>
            <numerusform>%n capas ocultas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network has %n hidden layer(s).</source>
        <translation>
            <numerusform>La red tiene %n capa oculta.</numerusform>
            <numerusform>La red tiene %n capas ocultas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a hidden layer after the last one</source>
        <translation>Añadir una capa oculta tras la última</translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>Quitar la última capa oculta</translation>
    </message>
    <message>
        <source>There are no hidden layers to remove.</source>
        <translation>No hay capas ocultas que quitar.</translation>
    </message>
    <message numerus="yes">
        <source>Hidden layer {layer} has %n neuron(s).</source>
        <translation>
            <numerusform>La capa oculta {layer} tiene %n neurona.</numerusform>
            <numerusform>La capa oculta {layer} tiene %n neuronas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a neuron from hidden layer {layer}</source>
        <translation>Quitar una neurona de la capa oculta {layer}</translation>
    </message>
    <message>
        <source>A layer keeps at least one neuron; remove the whole layer with − above instead.</source>
        <translation>Una capa conserva al menos una neurona; quite la capa entera con − arriba.</translation>
    </message>
    <message>
        <source>Add a neuron to hidden layer {layer}</source>
        <translation>Añadir una neurona a la capa oculta {layer}</translation>
    </message>
    <message>
        <source>The output layer&apos;s activation: {tip}</source>
        <translation>Función de activación de la capa de salida: {tip}</translation>
    </message>
    <message numerus="yes">
        <source>%n neuron(s)</source>
        <translation>
            <numerusform>%n neurona</numerusform>
            <numerusform>%n neuronas</numerusform>
        </translation>
    </message>
    <message>
        <source>class {number}</source>
        <translation>clase {number}</translation>
    </message>
    <message>
        <source>▲ {count} more</source>
        <translation>▲ {count} más</translation>
    </message>
    <message>
        <source>{hidden} of the {total} inputs are above, with their edges. Scroll over the input column, or click here, to see them.</source>
        <translation>{hidden} de las {total} entradas están arriba, con sus aristas. Desplácese sobre la columna de entradas o pulse aquí para verlas.</translation>
    </message>
    <message>
        <source>▼ {count} more</source>
        <translation>▼ {count} más</translation>
    </message>
    <message>
        <source>{hidden} of the {total} inputs are below, with their edges. Scroll over the input column, or click here, to see them.</source>
        <translation>{hidden} de las {total} entradas están abajo, con sus aristas. Desplácese sobre la columna de entradas o pulse aquí para verlas.</translation>
    </message>
    <message>
        <source>new weight</source>
        <translation>nuevo peso</translation>
    </message>
    <message>
        <source>Type a new weight and press Enter; Escape cancels.</source>
        <translation>Escriba un nuevo peso y pulse Intro; Escape cancela.</translation>
    </message>
    <message>
        <source>new bias</source>
        <translation>nuevo sesgo</translation>
    </message>
    <message>
        <source>Type a new bias and press Enter; Escape cancels.</source>
        <translation>Escriba un nuevo sesgo y pulse Intro; Escape cancela.</translation>
    </message>
    <message>
        <source>The loss barely changes with this weight right now.</source>
        <translation>La pérdida apenas cambia con este peso ahora mismo.</translation>
    </message>
    <message>
        <source>A larger weight would lower the loss, so training pushes it up.</source>
        <translation>Un peso mayor bajaría la pérdida, así que el entrenamiento lo sube.</translation>
    </message>
    <message>
        <source>A smaller weight would lower the loss, so training pushes it down.</source>
        <translation>Un peso menor bajaría la pérdida, así que el entrenamiento lo baja.</translation>
    </message>
    <message>
        <source>The loss barely changes with this bias right now.</source>
        <translation>La pérdida apenas cambia con este sesgo ahora mismo.</translation>
    </message>
    <message>
        <source>A larger bias would lower the loss, so training pushes it up.</source>
        <translation>Un sesgo mayor bajaría la pérdida, así que el entrenamiento lo sube.</translation>
    </message>
    <message>
        <source>A smaller bias would lower the loss, so training pushes it down.</source>
        <translation>Un sesgo menor bajaría la pérdida, así que el entrenamiento lo baja.</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>la salida</translation>
    </message>
    <message>
        <source>output {number} ({title})</source>
        <translation>salida {number} ({title})</translation>
    </message>
    <message>
        <source>neuron {number} of layer {layer}</source>
        <translation>neurona {number} de la capa {layer}</translation>
    </message>
    <message>
        <source>Weight from {source} to {target}: {weight}</source>
        <translation>Peso de {source} a {target}: {weight}</translation>
    </message>
    <message>
        <source>Highlighted value: {value}</source>
        <translation>Valor resaltado: {value}</translation>
    </message>
    <message>
        <source>Click to type a new weight.</source>
        <translation>Pulse para escribir un nuevo peso.</translation>
    </message>
    <message>
        <source>Bias of {unit}: {bias}</source>
        <translation>Sesgo de {unit}: {bias}</translation>
    </message>
    <message>
        <source>Click to type a new bias.</source>
        <translation>Pulse para escribir un nuevo sesgo.</translation>
    </message>
    <message>
        <source>Input {name} is switched off. Click to feed it to the network.</source>
        <translation>La entrada {name} está desactivada. Pulse para dársela a la red.</translation>
    </message>
    <message>
        <source>Input {name}. Its picture shows its value over the input plane. Click to switch it off.</source>
        <translation>Entrada {name}. Su imagen muestra su valor sobre el plano de entrada. Pulse para desactivarla.</translation>
    </message>
    <message>
        <source>Input {name}. Its bars show how its values spread over the training rows. Click to switch it off.</source>
        <translation>Entrada {name}. Sus barras muestran cómo se reparten sus valores en las filas de entrenamiento. Pulse para desactivarla.</translation>
    </message>
    <message>
        <source>Input {name}. Click to switch it off.</source>
        <translation>Entrada {name}. Pulse para desactivarla.</translation>
    </message>
    <message>
        <source>bias b = {bias}</source>
        <translation>sesgo b = {bias}</translation>
    </message>
    <message>
        <source>Its picture shows its output over the input plane: blue positive, orange negative.</source>
        <translation>Su imagen muestra su salida sobre el plano de entrada: azul positivo, naranja negativo.</translation>
    </message>
    <message>
        <source>Its picture shows where it predicts this class.</source>
        <translation>Su imagen muestra dónde predice esta clase.</translation>
    </message>
    <message>
        <source>Its curve shows its output as the input goes from left to right.</source>
        <translation>Su curva muestra su salida mientras la entrada va de izquierda a derecha.</translation>
    </message>
    <message>
        <source>Its bars show how its outputs spread over the training rows.</source>
        <translation>Sus barras muestran cómo se reparten sus salidas en las filas de entrenamiento.</translation>
    </message>
</context>
<context>
    <name>OutputView</name>
    <message>
        <source> Showing a sample of {shown} of {total} points.</source>
        <translation> Se muestra una muestra de {shown} de {total} puntos.</translation>
    </message>
    <message>
        <source>Bigger dot = bigger loss</source>
        <translation>Punto mayor = pérdida mayor</translation>
    </message>
    <message>
        <source>Bigger dot = bigger loss (medium: {guess}, the {loss} of a blind guess)</source>
        <translation>Punto mayor = pérdida mayor (mediano: {guess}, la {loss} de una conjetura a ciegas)</translation>
    </message>
    <message>
        <source>Dark rim: test point</source>
        <translation>Borde oscuro: punto de prueba</translation>
    </message>
    <message>
        <source>training point: {place}</source>
        <translation>punto de entrenamiento: {place}</translation>
    </message>
    <message>
        <source>test point: {place}</source>
        <translation>punto de prueba: {place}</translation>
    </message>
    <message>
        <source>target: {target}</source>
        <translation>objetivo: {target}</translation>
    </message>
    <message>
        <source>prediction: P({name}) = {p}</source>
        <translation>predicción: P({name}) = {p}</translation>
    </message>
    <message>
        <source>prediction: P({name}) = {p}, most likely {best} ({p_best})</source>
        <translation>predicción: P({name}) = {p}, lo más probable {best} ({p_best})</translation>
    </message>
    <message>
        <source>loss ({loss}): {term}</source>
        <translation>pérdida ({loss}): {term}</translation>
    </message>
    <message>
        <source>prediction: {prediction}</source>
        <translation>predicción: {prediction}</translation>
    </message>
    <message>
        <source>squared error: ({target} − {prediction})² = {squared}</source>
        <translation>error cuadrático: ({target} − {prediction})² = {squared}</translation>
    </message>
    <message>
        <source>loss ({loss}, on the standardised target): {term}</source>
        <translation>pérdida ({loss}, sobre el objetivo estandarizado): {term}</translation>
    </message>
    <message>
        <source>decision boundary: {share} of test points on the right side</source>
        <translation>frontera de decisión: {share} de los puntos de prueba en el lado correcto</translation>
    </message>
    <message>
        <source>decision boundary: {share} of training points on the right side</source>
        <translation>frontera de decisión: {share} de los puntos de entrenamiento en el lado correcto</translation>
    </message>
    <message>
        <source>predicted against actual: R² {r2} on test points (1 is a perfect fit)</source>
        <translation>predicho frente a real: R² {r2} en puntos de prueba (1 es un ajuste perfecto)</translation>
    </message>
    <message>
        <source>predicted against actual: R² {r2} on training points (1 is a perfect fit)</source>
        <translation>predicho frente a real: R² {r2} en puntos de entrenamiento (1 es un ajuste perfecto)</translation>
    </message>
    <message>
        <source>Input {name} (standardised), as the network sees it</source>
        <translation>Entrada {name} (estandarizada), como la ve la red</translation>
    </message>
    <message>
        <source>Output neuron {unit} ({activation})</source>
        <translation>Neurona de salida {unit} ({activation})</translation>
    </message>
    <message>
        <source>Neuron {unit} of hidden layer {layer} ({activation})</source>
        <translation>Neurona {unit} de la capa oculta {layer} ({activation})</translation>
    </message>
    <message>
        <source>Blue: the neuron&apos;s value is positive, orange: negative, pale: near 0. {dots}.</source>
        <translation>Azul: el valor de la neurona es positivo, naranja: negativo, pálido: cerca de 0. {dots}.</translation>
    </message>
    <message>
        <source>Network output: P({name}) over the input plane, line at P = 0.5</source>
        <translation>Salida de la red: P({name}) sobre el plano de entrada, línea en P = 0,5</translation>
    </message>
    <message>
        <source>Orange: it says “{one}”, blue: “{other}”. {dots}. {rims}.</source>
        <translation>Naranja: dice «{one}», azul: «{other}». {dots}. {rims}.</translation>
    </message>
    <message>
        <source>Network output: the most likely class (paler where unsure)</source>
        <translation>Salida de la red: la clase más probable (más pálida donde duda)</translation>
    </message>
    <message>
        <source>Lines: where the most likely class changes. {dots}. {rims}.</source>
        <translation>Líneas: donde cambia la clase más probable. {dots}. {rims}.</translation>
    </message>
    <message>
        <source>Blue: positive, orange: negative</source>
        <translation>Azul: positivo, naranja: negativo</translation>
    </message>
    <message>
        <source>Blue: above {mean} (the mean target), orange: below</source>
        <translation>Azul: por encima de {mean} (el objetivo medio), naranja: por debajo</translation>
    </message>
    <message>
        <source>Network output: the predicted value over the input plane</source>
        <translation>Salida de la red: el valor predicho sobre el plano de entrada</translation>
    </message>
    <message>
        <source>{colors} (dots: their targets). {dots}. {rims}.</source>
        <translation>{colors} (puntos: sus objetivos). {dots}. {rims}.</translation>
    </message>
    <message>
        <source>predicted value: R² {r2} on test points (1 is a perfect fit)</source>
        <translation>valor predicho: R² {r2} en puntos de prueba (1 es un ajuste perfecto)</translation>
    </message>
    <message>
        <source>predicted value: R² {r2} on training points (1 is a perfect fit)</source>
        <translation>valor predicho: R² {r2} en puntos de entrenamiento (1 es un ajuste perfecto)</translation>
    </message>
    <message>
        <source>Network output: P({name}) along {feature}</source>
        <translation>Salida de la red: P({name}) a lo largo de {feature}</translation>
    </message>
    <message>
        <source>{dots}. {rims}.</source>
        <translation>{dots}. {rims}.</translation>
    </message>
    <message>
        <source>Network output: the fitted curve; red squares: the squared errors</source>
        <translation>Salida de la red: la curva ajustada; cuadrados rojos: los errores cuadráticos</translation>
    </message>
    <message>
        <source>Side = the miss, area = the miss squared: a miss of 2 costs 4. The {n} squares add up to {sum}</source>
        <translation>Lado = el fallo, área = el fallo al cuadrado: un fallo de 2 cuesta 4. Los {n} cuadrados suman {sum}</translation>
    </message>
    <message>
        <source> = {n} × the training {loss} {mean}</source>
        <translation> = {n} × la {loss} de entrenamiento {mean}</translation>
    </message>
    <message>
        <source> = {n} × the training {loss} in {target} units, {mean} {units} (the network works on standardized targets)</source>
        <translation> = {n} × la {loss} de entrenamiento en unidades de {target}, {mean} {units} (la red trabaja con objetivos estandarizados)</translation>
    </message>
    <message>
        <source>. {dots}.</source>
        <translation>. {dots}.</translation>
    </message>
    <message>
        <source>{neuron} (dashed), over the network output</source>
        <translation>{neuron} (discontinua), sobre la salida de la red</translation>
    </message>
    <message>
        <source>fitted curve: R² {r2} on test points (1 is a perfect fit)</source>
        <translation>curva ajustada: R² {r2} en puntos de prueba (1 es un ajuste perfecto)</translation>
    </message>
    <message>
        <source>fitted curve: R² {r2} on training points (1 is a perfect fit)</source>
        <translation>curva ajustada: R² {r2} en puntos de entrenamiento (1 es un ajuste perfecto)</translation>
    </message>
    <message>
        <source>actual {target}</source>
        <translation>{target} real</translation>
    </message>
    <message>
        <source>predicted {target}</source>
        <translation>{target} predicho</translation>
    </message>
    <message>
        <source>Predicted against actual: on the dashed line the network is exactly right</source>
        <translation>Predicho frente a real: en la línea discontinua la red acierta exactamente</translation>
    </message>
    <message>
        <source>R² on test points = {test}, on training points = {train} (1 is a perfect fit, 0 no better than guessing the mean). Filled: training point, hollow: test point.</source>
        <translation>R² en puntos de prueba = {test}, en puntos de entrenamiento = {train} (1 es un ajuste perfecto, 0 no es mejor que adivinar la media). Relleno: punto de entrenamiento, hueco: punto de prueba.</translation>
    </message>
    <message>
        <source>Confusion matrix of the test points</source>
        <translation>Matriz de confusión de los puntos de prueba</translation>
    </message>
    <message>
        <source>The network gets {right} of {total} test points right ({share}).</source>
        <translation>La red acierta {right} de {total} puntos de prueba ({share}).</translation>
    </message>
    <message>
        <source>Confusion matrix of the training points</source>
        <translation>Matriz de confusión de los puntos de entrenamiento</translation>
    </message>
    <message>
        <source>The network gets {right} of {total} training points right ({share}).</source>
        <translation>La red acierta {right} de {total} puntos de entrenamiento ({share}).</translation>
    </message>
    <message>
        <source>confusion matrix: {share} of test points in the right class</source>
        <translation>matriz de confusión: {share} de los puntos de prueba en la clase correcta</translation>
    </message>
    <message>
        <source>confusion matrix: {share} of training points in the right class</source>
        <translation>matriz de confusión: {share} de los puntos de entrenamiento en la clase correcta</translation>
    </message>
    <message>
        <source>actual {actual}, predicted {predicted}</source>
        <translation>real {actual}, predicho {predicted}</translation>
    </message>
    <message>
        <source>what the output view shows</source>
        <translation>qué muestra la vista de salida</translation>
    </message>
    <message>
        <source>show test points</source>
        <translation>puntos de prueba</translation>
    </message>
    <message>
        <source>Also draw the test points, which the network never trains on (dark rim; training points have a white rim).</source>
        <translation>Dibujar también los puntos de prueba, con los que la red nunca entrena (borde oscuro; los de entrenamiento tienen borde blanco).</translation>
    </message>
    <message>
        <source>show squared errors</source>
        <translation>errores al cuadrado</translation>
    </message>
    <message>
        <source>Draw each training point&apos;s miss as a square: its side is the distance from the point to the curve, so its area is the squared error. A miss of 2 covers 4 squares of 1.</source>
        <translation>Dibujar el fallo de cada punto de entrenamiento como un cuadrado: su lado es la distancia del punto a la curva, así que su área es el error al cuadrado. Un fallo de 2 cubre 4 cuadrados de 1.</translation>
    </message>
    <message>
        <source>test points</source>
        <translation>puntos de prueba</translation>
    </message>
    <message>
        <source>count test points</source>
        <translation>contar puntos de prueba</translation>
    </message>
    <message>
        <source>Count the points the network never trained on.</source>
        <translation>Contar los puntos con los que la red nunca entrenó.</translation>
    </message>
    <message>
        <source>training points</source>
        <translation>puntos de entrenamiento</translation>
    </message>
    <message>
        <source>count training points</source>
        <translation>contar puntos de entrenamiento</translation>
    </message>
    <message>
        <source>Count the points the network trains on.</source>
        <translation>Contar los puntos con los que entrena la red.</translation>
    </message>
    <message>
        <source>network output</source>
        <translation>salida de la red</translation>
    </message>
    <message>
        <source>confusion matrix</source>
        <translation>matriz de confusión</translation>
    </message>
    <message>
        <source>Rows: the actual class. Columns: the class the network predicts. The diagonal (green) counts the points it gets right.</source>
        <translation>Filas: la clase real. Columnas: la clase que predice la red. La diagonal (verde) cuenta los puntos que acierta.</translation>
    </message>
    <message>
        <source>rows: actual class  ·  columns: predicted class</source>
        <translation>filas: clase real  ·  columnas: clase predicha</translation>
    </message>
    <message>
        <source>how to read the output view</source>
        <translation>cómo leer la vista de salida</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more point(s) here)</source>
        <translation>
            <numerusform>(y %n punto más aquí)</numerusform>
            <numerusform>(y %n puntos más aquí)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PredictPanel</name>
    <message>
        <source>Predict first, then train.</source>
        <translation>Primero prediga, después entrene.</translation>
    </message>
    <message>
        <source>How many more epochs the prediction is about.</source>
        <translation>Cuántas épocas más abarca la predicción.</translation>
    </message>
    <message>
        <source>The band you expect the training loss to end in.</source>
        <translation>La franja en la que espera que termine la pérdida de entrenamiento.</translation>
    </message>
    <message>
        <source>Don&apos;t predict</source>
        <translation>Sin predicción</translation>
    </message>
    <message>
        <source>Whether the test loss will rise: overfitting.</source>
        <translation>Si la pérdida de prueba subirá: sobreajuste.</translation>
    </message>
    <message>
        <source>It will keep falling</source>
        <translation>Seguirá bajando</translation>
    </message>
    <message>
        <source>It will rise</source>
        <translation>Subirá</translation>
    </message>
    <message>
        <source>Commit my prediction</source>
        <translation>Fijar mi predicción</translation>
    </message>
    <message>
        <source>Write the prediction down; then train to see the truth beside it.</source>
        <translation>Anota la predicción; después entrene para ver el resultado a su lado.</translation>
    </message>
    <message>
        <source>Your earlier predictions in this lesson, with what happened.</source>
        <translation>Sus predicciones anteriores en esta lección, con lo que ocurrió.</translation>
    </message>
    <message>
        <source>Epochs from now</source>
        <translation>Épocas desde ahora</translation>
    </message>
    <message>
        <source>Training loss then</source>
        <translation>Pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>Test loss on the way</source>
        <translation>Pérdida de prueba</translation>
    </message>
    <message>
        <source>Predict, then run</source>
        <translation>Predecir y después entrenar</translation>
    </message>
    <message>
        <source>Earlier predictions</source>
        <translation>Predicciones anteriores</translation>
    </message>
    <message>
        <source>Draw my boundary</source>
        <translation>Dibujar frontera</translation>
    </message>
    <message>
        <source>Then drag on the output view&apos;s plane to draw where the network&apos;s decision boundary will end up, or click corner after corner. Escape clears it.</source>
        <translation>Después arrastre sobre el plano de la vista de salida para dibujar dónde acabará la frontera de decisión de la red, o haga clic esquina tras esquina. Escape la borra.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Remove the line you drew.</source>
        <translation>Quita la línea que dibujó.</translation>
    </message>
    <message>
        <source>How close was I?</source>
        <translation>¿Cuánto acerté?</translation>
    </message>
    <message>
        <source>Compare your line with the network&apos;s boundary now. It is also compared when a run stops.</source>
        <translation>Compara ahora su línea con la frontera de la red. También se compara cuando se detiene una ejecución.</translation>
    </message>
    <message>
        <source>Predict the boundary</source>
        <translation>Predecir la frontera</translation>
    </message>
    <message>
        <source>Built-in challenges, each with a goal.</source>
        <translation>Retos incluidos, cada uno con un objetivo.</translation>
    </message>
    <message>
        <source>Start challenge</source>
        <translation>Empezar reto</translation>
    </message>
    <message>
        <source>Set up this challenge (your current work is replaced) and check its goal as you train.</source>
        <translation>Prepara este reto (su trabajo actual se sustituye) y comprueba su objetivo mientras entrena.</translation>
    </message>
    <message>
        <source>Your attempts at this challenge, best first.</source>
        <translation>Sus intentos en este reto, los mejores primero.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Objetivo cumplido</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Pérdida de prueba</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Reto</translation>
    </message>
    <message>
        <source>Pick a band or a test-loss answer first.</source>
        <translation>Elija primero una franja o una respuesta sobre la pérdida de prueba.</translation>
    </message>
    <message>
        <source>Your prediction: {prediction}. Now train to epoch {epoch}.</source>
        <translation>Su predicción: {prediction}. Ahora entrene hasta la época {epoch}.</translation>
    </message>
    <message>
        <source>The run started over, so the prediction was dropped. Predict again.</source>
        <translation>La ejecución empezó de nuevo, así que la predicción se descartó. Vuelva a predecir.</translation>
    </message>
    <message>
        <source>You predicted: {prediction}.</source>
        <translation>Usted predijo: {prediction}.</translation>
    </message>
    <message>
        <source>The data changed, so the prediction was dropped. Predict again.</source>
        <translation>Los datos cambiaron, así que la predicción se descartó. Vuelva a predecir.</translation>
    </message>
    <message>
        <source>Before you train, press Draw my boundary and draw on the output view where the network will separate the classes.</source>
        <translation>Antes de entrenar, pulse Dibujar frontera y dibuje en la vista de salida dónde separará la red las clases.</translation>
    </message>
    <message>
        <source>Drawing a boundary needs data with two inputs and classes, such as circle or xor.</source>
        <translation>Para dibujar una frontera hacen falta datos con dos entradas y clases, como circle o xor.</translation>
    </message>
    <message>
        <source>You said: {prediction}. {outcome}</source>
        <translation>Usted dijo: {prediction}. {outcome}</translation>
    </message>
    <message>
        <source>No challenges found.</source>
        <translation>No se encontraron retos.</translation>
    </message>
    <message>
        <source>Goal: {goal}.</source>
        <translation>Objetivo: {goal}.</translation>
    </message>
    <message>
        <source>This challenge is checked in the Compare window: open Train → Compare losses… and train both runs there.</source>
        <translation>Este reto se comprueba en la ventana de comparación: abra Entrenar → Comparar funciones de pérdida… y entrene allí ambas ejecuciones.</translation>
    </message>
    <message>
        <source>Under way: train, and change what you like.</source>
        <translation>En marcha: entrene y cambie lo que quiera.</translation>
    </message>
    <message>
        <source>“{title}” is over: another lesson or file was opened. Press Start challenge to try it again.</source>
        <translation>«{title}» ha terminado: se abrió otra lección u otro archivo. Pulse Empezar reto para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Goal met at epoch {epoch}. Well done. {status}</source>
        <translation>Objetivo cumplido en la época {epoch}. Muy bien. {status}</translation>
    </message>
    <message>
        <source>Epoch {epoch} came without the goal: {status}. Change something and start the challenge again.</source>
        <translation>Llegó la época {epoch} sin cumplir el objetivo: {status}. Cambie algo y vuelva a empezar el reto.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>RacePrediction</name>
    <message>
        <source>Predict first: which run reaches {share} test accuracy first (by epoch {epoch})?</source>
        <translation>Prediga primero: ¿qué ejecución llega antes al {share} de exactitud de prueba (hasta la época {epoch})?</translation>
    </message>
    <message>
        <source>Which run will reach {share} test accuracy first?</source>
        <translation>¿Qué ejecución llegará antes al {share} de exactitud de prueba?</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Write your prediction down, then press Train both.</source>
        <translation>Anota su predicción; después pulse Entrenar.</translation>
    </message>
    <message>
        <source>Prediction:</source>
        <translation>Predicción:</translation>
    </message>
    <message>
        <source>You said: {choice}. Now train both.</source>
        <translation>Usted dijo: {choice}. Ahora entrene ambas.</translation>
    </message>
    <message>
        <source>{mark} First to {share} test accuracy: {winner}. You said {guess}.</source>
        <translation>{mark} Primera en llegar al {share} de exactitud de prueba: {winner}. Usted dijo {guess}.</translation>
    </message>
</context>
<context>
    <name>Readouts</name>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation>Pérdida entren.</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Pérdida prueba</translation>
    </message>
    <message>
        <source>Train accuracy</source>
        <translation>Precisión entren.</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Precisión prueba</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>{speed} epochs/s</source>
        <translation>{speed} épocas/s</translation>
    </message>
    <message>
        <source>Loss on the training points: how wrong the network is there; 0 would be perfect.</source>
        <translation>Pérdida en los puntos de entrenamiento: cuánto se equivoca la red allí; 0 sería perfecto.</translation>
    </message>
    <message>
        <source>Loss on points the network never trains on: how well it generalises.</source>
        <translation>Pérdida en puntos con los que la red nunca entrena: lo bien que generaliza.</translation>
    </message>
    <message>
        <source>Train R²</source>
        <translation>R² entren.</translation>
    </message>
    <message>
        <source>Test R²</source>
        <translation>R² prueba</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>{loss} (standardized)</source>
        <translation>{loss} (estandarizada)</translation>
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
    <name>StepThroughPanel</name>
    <message>
        <source>Show on the network</source>
        <translation>Mostrar en la red</translation>
    </message>
    <message>
        <source>step through active</source>
        <translation>paso a paso activo</translation>
    </message>
    <message>
        <source>Write this sample&apos;s numbers on the network diagram.</source>
        <translation>Escribir los números de esta muestra en el diagrama de la red.</translation>
    </message>
    <message>
        <source>step sample</source>
        <translation>muestra del paso</translation>
    </message>
    <message>
        <source>Which training point to follow through one training step.</source>
        <translation>Qué punto de entrenamiento seguir durante un paso de entrenamiento.</translation>
    </message>
    <message>
        <source>Random point</source>
        <translation>Punto al azar</translation>
    </message>
    <message>
        <source>step random</source>
        <translation>punto al azar</translation>
    </message>
    <message>
        <source>Pick another training point at random.</source>
        <translation>Elegir otro punto de entrenamiento al azar.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>step previous</source>
        <translation>etapa anterior</translation>
    </message>
    <message>
        <source>The previous stage (Left arrow).</source>
        <translation>La etapa anterior (flecha izquierda).</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>step next</source>
        <translation>etapa siguiente</translation>
    </message>
    <message>
        <source>The next stage (Right arrow).</source>
        <translation>La etapa siguiente (flecha derecha).</translation>
    </message>
    <message>
        <source>Apply this update</source>
        <translation>Aplicar esta actualización</translation>
    </message>
    <message>
        <source>step apply</source>
        <translation>aplicar actualización</translation>
    </message>
    <message>
        <source>Set the weights to the updated values shown: one gradient step on this point.</source>
        <translation>Poner los pesos en los valores actualizados que se muestran: un paso de gradiente en este punto.</translation>
    </message>
    <message>
        <source>Check my calculation</source>
        <translation>Comprobar mi cálculo</translation>
    </message>
    <message>
        <source>check mode</source>
        <translation>comprobar cálculo</translation>
    </message>
    <message>
        <source>Work this training step out by hand and type your numbers in; each is checked.</source>
        <translation>Calcule este paso de entrenamiento a mano y escriba sus números; cada uno se comprueba.</translation>
    </message>
    <message>
        <source>Training point</source>
        <translation>Punto de entrenamiento</translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <source>Start or pause training (Space). Pausing keeps the weights; Train goes on from them.</source>
        <translation>Iniciar o pausar el entrenamiento (Espacio). La pausa conserva los pesos; Entrenar continúa desde ellos.</translation>
    </message>
    <message>
        <source>Take one training step: forward, loss, backward, update (one batch or one epoch).</source>
        <translation>Dar un paso de entrenamiento: propagación hacia delante, pérdida, retropropagación, actualización (un lote o una época).</translation>
    </message>
    <message>
        <source>What one press of Step trains: one batch or one whole epoch.</source>
        <translation>Lo que entrena una pulsación de Paso: un lote o una época entera.</translation>
    </message>
    <message>
        <source>Start again from fresh weights drawn from the seed, and clear the curve.</source>
        <translation>Empezar de nuevo con pesos nuevos a partir de la semilla y borrar la curva.</translation>
    </message>
    <message>
        <source>The loss: how wrong the network is. MSE for numbers, cross-entropy for classes.</source>
        <translation>La pérdida: cuánto se equivoca la red. MSE para números, entropía cruzada para clases.</translation>
    </message>
    <message>
        <source>The formula of the loss that is being minimised.</source>
        <translation>La fórmula de la pérdida que se está minimizando.</translation>
    </message>
    <message>
        <source>Learning rate η: how far each update moves the weights, w ← w − η·∂L/∂w.</source>
        <translation>Tasa de aprendizaje η: cuánto mueve cada actualización los pesos, w ← w − η·∂L/∂w.</translation>
    </message>
    <message>
        <source>Samples per training step (minibatch size).</source>
        <translation>Muestras por paso de entrenamiento (tamaño del minilote).</translation>
    </message>
    <message>
        <source>How the gradient moves the weights.</source>
        <translation>Cómo mueve el gradiente los pesos.</translation>
    </message>
    <message>
        <source>A penalty on big weights: L1 pushes weights to exactly 0, L2 shrinks them.</source>
        <translation>Una penalización a los pesos grandes: L1 lleva pesos a exactamente 0, L2 los encoge.</translation>
    </message>
    <message>
        <source>How strongly big weights are penalised.</source>
        <translation>Con qué fuerza se penalizan los pesos grandes.</translation>
    </message>
    <message>
        <source>Training speed: from slow motion (one step a second, to watch in class) to full speed.</source>
        <translation>Velocidad de entrenamiento: desde cámara lenta (un paso por segundo, para verlo en clase) hasta la velocidad máxima.</translation>
    </message>
    <message>
        <source>Pause automatically at this epoch.</source>
        <translation>Pausar automáticamente en esta época.</translation>
    </message>
    <message>
        <source>The epoch at which training pauses.</source>
        <translation>La época en la que se pausa el entrenamiento.</translation>
    </message>
    <message>
        <source>Pause automatically once the training loss is this low.</source>
        <translation>Pausar automáticamente cuando la pérdida de entrenamiento sea así de baja.</translation>
    </message>
    <message>
        <source>The training loss at which training pauses.</source>
        <translation>La pérdida de entrenamiento a la que se pausa el entrenamiento.</translation>
    </message>
    <message>
        <source>train or pause</source>
        <translation>entrenar o pausar</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>step unit</source>
        <translation>unidad del paso</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>reiniciar</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>función de pérdida</translation>
    </message>
    <message>
        <source>loss formula</source>
        <translation>fórmula de la pérdida</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>tamaño del lote</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimizador</translation>
    </message>
    <message>
        <source>regularization</source>
        <translation>regularización</translation>
    </message>
    <message>
        <source>regularization rate</source>
        <translation>tasa de regularización</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>velocidad</translation>
    </message>
    <message>
        <source>stop at epoch</source>
        <translation>parar en una época</translation>
    </message>
    <message>
        <source>stop epoch</source>
        <translation>época de parada</translation>
    </message>
    <message>
        <source>stop at loss</source>
        <translation>parar con una pérdida</translation>
    </message>
    <message>
        <source>stop loss</source>
        <translation>pérdida de parada</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>1 batch</source>
        <translation>1 lote</translation>
    </message>
    <message>
        <source>1 epoch</source>
        <translation>1 época</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Stop at epoch</source>
        <translation>Parar en época</translation>
    </message>
    <message>
        <source>Stop when train loss ≤</source>
        <translation>Parar si pérdida ≤</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>More settings</source>
        <translation>Más ajustes</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño del lote</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>Regularización</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>This loss does not fit</source>
        <translation>Esta pérdida no encaja</translation>
    </message>
    <message>
        <source>This loss needs another output layer</source>
        <translation>Esta pérdida necesita otra capa de salida</translation>
    </message>
    <message>
        <source>full speed</source>
        <translation>máxima</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)/s</source>
        <translation>
            <numerusform>%n paso/s</numerusform>
            <numerusform>%n pasos/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationCurve</name>
    <message>
        <source>Train is measured on the rows the weights are fitted to, test on unseen rows: test rising while train falls means memorizing.</source>
        <translation>El entrenamiento se mide en las filas aprendidas y la prueba en filas no vistas: si la prueba sube mientras el entrenamiento baja, la red memoriza.</translation>
    </message>
    <message>
        <source>Train falls because the weights fit those rows; validation and test are unseen rows, so when they rise while train falls, the network is memorizing.</source>
        <translation>El entrenamiento baja porque los pesos aprenden esas filas; validación y prueba no se han visto: si suben mientras tanto, la red memoriza.</translation>
    </message>
    <message>
        <source>Why the curves differ. Validation rows are set aside from the training rows (More settings → Validation rows); early stopping watches them, so the test rows stay a fair final check.</source>
        <translation>Por qué difieren las curvas. Las filas de validación se apartan de las de entrenamiento (Más ajustes → Filas de validación); la parada temprana las vigila, así las filas de prueba siguen siendo una comprobación final justa.</translation>
    </message>
    <message>
        <source>best</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parada</translation>
    </message>
    <message>
        <source>The epoch with the lowest validation loss: “Go to best epoch” puts its weights back.</source>
        <translation>La época con la menor pérdida de validación: «Ir a la mejor época» recupera sus pesos.</translation>
    </message>
    <message>
        <source>Early stopping ended the run here and went back to the best epoch&apos;s weights.</source>
        <translation>La parada temprana terminó aquí la ejecución y volvió a los pesos de la mejor época.</translation>
    </message>
    <message>
        <source>Epoch {epoch}. {tip}</source>
        <translation>Época {epoch}. {tip}</translation>
    </message>
</context>
<context>
    <name>activations</name>
    <message>
        <source>linear</source>
        <translation>lineal</translation>
    </message>
    <message>
        <source>linear passes its input on unchanged.</source>
        <translation>lineal deja pasar su entrada sin cambios.</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>tanh squashes its input into -1..1.</source>
        <translation>tanh comprime su entrada en -1..1.</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>sigmoide</translation>
    </message>
    <message>
        <source>sigmoid squashes its input into 0..1.</source>
        <translation>sigmoide comprime su entrada en 0..1.</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>ReLU passes positive inputs and turns negative ones into 0.</source>
        <translation>ReLU deja pasar las entradas positivas y convierte las negativas en 0.</translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation>ReLU con fuga</translation>
    </message>
    <message>
        <source>Leaky ReLU passes positive inputs and shrinks negative ones to 1%.</source>
        <translation>ReLU con fuga deja pasar las entradas positivas y reduce las negativas al 1 %.</translation>
    </message>
    <message>
        <source>softmax</source>
        <translation>softmax</translation>
    </message>
    <message>
        <source>softmax turns the outputs into probabilities that add up to 1.</source>
        <translation>softmax convierte las salidas en probabilidades que suman 1.</translation>
    </message>
    <message>
        <source>Unknown activation {name!r}; choose one of {names}.</source>
        <translation>Función de activación desconocida {name!r}; elija una de: {names}.</translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <source>Light theme</source>
        <translation>Tema claro</translation>
    </message>
    <message>
        <source>Use the light theme</source>
        <translation>Usar el tema claro</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Tema oscuro</translation>
    </message>
    <message>
        <source>Use the dark theme</source>
        <translation>Usar el tema oscuro</translation>
    </message>
    <message>
        <source>High-contrast theme</source>
        <translation>Tema de alto contraste</translation>
    </message>
    <message>
        <source>Use the high-contrast theme</source>
        <translation>Usar el tema de alto contraste</translation>
    </message>
</context>
<context>
    <name>bookmarks</name>
    <message>
        <source>train loss {loss}</source>
        <translation>pérdida de entrenamiento {loss}</translation>
    </message>
    <message>
        <source>untrained</source>
        <translation>sin entrenar</translation>
    </message>
    <message>
        <source>epoch {epoch} · {loss_text} · {loss} · lr {rate} · {time}</source>
        <translation>época {epoch} · {loss_text} · {loss} · tasa {rate} · {time}</translation>
    </message>
</context>
<context>
    <name>challenge</name>
    <message>
        <source>test accuracy</source>
        <translation>precisión de prueba</translation>
    </message>
    <message>
        <source>A challenge&apos;s goal takes {conditions}; got {found}.</source>
        <translation>El objetivo de un reto admite {conditions}; se recibió {found}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>A challenge&apos;s &quot;beats&quot; takes a loss, the other loss, a metric ({metrics}) and by_epoch.</source>
        <translation>El &quot;beats&quot; de un reto admite una pérdida, la otra pérdida, una métrica ({metrics}) y by_epoch.</translation>
    </message>
    <message>
        <source>test loss under {loss}</source>
        <translation>pérdida de prueba por debajo de {loss}</translation>
    </message>
    <message>
        <source>training loss under {loss}</source>
        <translation>pérdida de entrenamiento por debajo de {loss}</translation>
    </message>
    <message>
        <source>test accuracy above {accuracy}</source>
        <translation>precisión de prueba por encima de {accuracy}</translation>
    </message>
    <message>
        <source>at most {count} hidden neurons</source>
        <translation>como máximo {count} neuronas ocultas</translation>
    </message>
    <message>
        <source>with {loss}</source>
        <translation>con «{loss}»</translation>
    </message>
    <message>
        <source>by epoch {epoch}</source>
        <translation>antes de la época {epoch}</translation>
    </message>
    <message>
        <source>{loss} ahead of {other} in {metric} at epoch {epoch}, in Compare</source>
        <translation>«{loss}» por delante de «{other}» en {metric} en la época {epoch}, en Comparar</translation>
    </message>
    <message>
        <source>test loss {loss} (goal: under {goal})</source>
        <translation>pérdida de prueba {loss} (objetivo: por debajo de {goal})</translation>
    </message>
    <message>
        <source>training loss {loss} (goal: under {goal})</source>
        <translation>pérdida de entrenamiento {loss} (objetivo: por debajo de {goal})</translation>
    </message>
    <message>
        <source>test accuracy {accuracy} (goal: above {goal})</source>
        <translation>precisión de prueba {accuracy} (objetivo: por encima de {goal})</translation>
    </message>
    <message>
        <source>{count} hidden neurons (goal: at most {goal})</source>
        <translation>{count} neuronas ocultas (objetivo: como máximo {goal})</translation>
    </message>
    <message>
        <source>loss {loss} (goal: {goal})</source>
        <translation>pérdida {loss} (objetivo: {goal})</translation>
    </message>
    <message>
        <source>epoch {epoch} (goal: by {goal})</source>
        <translation>época {epoch} (objetivo: antes de {goal})</translation>
    </message>
    <message>
        <source>two runs side by side: open Train → Compare losses…</source>
        <translation>dos ejecuciones lado a lado: abra Entrenar → Comparar pérdidas…</translation>
    </message>
    <message>
        <source>Compare has no {loss} run for this data.</source>
        <translation>Comparar no tiene ninguna ejecución con {loss} para estos datos.</translation>
    </message>
    <message>
        <source>Compare has no {loss} or {other} run for this data.</source>
        <translation>Comparar no tiene ninguna ejecución con {loss} ni con {other} para estos datos.</translation>
    </message>
    <message>
        <source>train both runs to epoch {epoch}</source>
        <translation>entrene ambas ejecuciones hasta la época {epoch}</translation>
    </message>
    <message>
        <source>epoch {epoch}: {loss} run {value} {metric}, {other} run {other_value} (goal: {loss} ahead at epoch {goal})</source>
        <translation>época {epoch}: ejecución con {loss} {value} de {metric}, ejecución con {other} {other_value} (objetivo: {loss} por delante en la época {goal})</translation>
    </message>
    <message>
        <source>from the usual starting weights (untick Start confidently wrong, then Reset)</source>
        <translation>desde los pesos iniciales habituales (desmarque «Empezar seguro y equivocado» y luego Reiniciar)</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>Comparing losses needs two that fit this data, and only {loss} fits a classification task. Load other data to compare losses.</source>
        <translation>Para comparar hacen falta dos funciones de pérdida que encajen con estos datos, y con una tarea de clasificación solo encaja {loss}. Cargue otros datos para comparar funciones de pérdida.</translation>
    </message>
    <message>
        <source>Comparing losses needs two that fit this data, and only {loss} fits a regression task. Load other data to compare losses.</source>
        <translation>Para comparar hacen falta dos funciones de pérdida que encajen con estos datos, y con una tarea de regresión solo encaja {loss}. Cargue otros datos para comparar funciones de pérdida.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Same network, same starting weights, same data and optimizer; only the loss differs.</source>
        <translation>Misma red, mismos pesos iniciales, mismos datos y optimizador; solo cambia la función de pérdida.</translation>
    </message>
    <message>
        <source>Behind a sigmoid, MSE&apos;s gradient is multiplied by the sigmoid&apos;s slope p(1 − p), which is almost 0 when the network is confidently wrong, so MSE learns slowly exactly where it is most wrong. Cross-entropy&apos;s gradient is simply p − y. Started confidently wrong, the cross-entropy run recovers within a few epochs while the MSE run barely moves.</source>
        <translation>Tras una sigmoide, el gradiente del MSE se multiplica por la pendiente de la sigmoide p(1 − p), que es casi 0 cuando la red se equivoca con seguridad, así que el MSE aprende despacio justo donde más se equivoca. El gradiente de la entropía cruzada es simplemente p − y. Empezando seguras y equivocadas, la ejecución con entropía cruzada se recupera en pocas épocas mientras la del MSE apenas se mueve.</translation>
    </message>
</context>
<context>
    <name>csv_dialog</name>
    <message>
        <source>Loss Explorer could not read this file because of an unexpected problem ({error}).</source>
        <translation>Loss Explorer no pudo leer este archivo por un problema inesperado ({error}).</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} y {more} más</translation>
    </message>
    <message>
        <source>Regression of &apos;{target}&apos; (from {low} to {high})</source>
        <translation>Regresión de «{target}» (de {low} a {high})</translation>
    </message>
</context>
<context>
    <name>csv_reader</name>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>that is not a file path</source>
        <translation>eso no es una ruta de archivo</translation>
    </message>
    <message>
        <source>got {kind}, not text</source>
        <translation>se recibió {kind}, no texto</translation>
    </message>
    <message>
        <source>the path is not valid</source>
        <translation>la ruta no es válida</translation>
    </message>
    <message>
        <source>it starts like UTF-16 text but is not</source>
        <translation>empieza como texto UTF-16 pero no lo es</translation>
    </message>
    <message>
        <source>it contains NUL bytes</source>
        <translation>contiene bytes NUL</translation>
    </message>
    <message>
        <source>it is full of control characters</source>
        <translation>está llena de caracteres de control</translation>
    </message>
    <message>
        <source>A class in column {column!r}</source>
        <translation>Una clase de la columna {column!r}</translation>
    </message>
    <message>
        <source>The name of column {number}</source>
        <translation>El nombre de la columna {number}</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> y {count} más</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>it is not a dictionary</source>
        <translation>no es un diccionario</translation>
    </message>
    <message>
        <source>it has neither a path nor the file&apos;s text</source>
        <translation>no tiene ni una ruta ni el texto del archivo</translation>
    </message>
    <message>
        <source>{key} is missing</source>
        <translation>falta {key}</translation>
    </message>
    <message>
        <source>unknown kind {kind!r}</source>
        <translation>tipo desconocido {kind!r}</translation>
    </message>
</context>
<context>
    <name>data_errors</name>
    <message>
        <source>{n} row</source>
        <translation>{n} fila</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} filas</translation>
    </message>
    <message>
        <source>{n} cell</source>
        <translation>{n} celda</translation>
    </message>
    <message>
        <source>{n} cells</source>
        <translation>{n} celdas</translation>
    </message>
    <message>
        <source>{n} column</source>
        <translation>{n} columna</translation>
    </message>
    <message>
        <source>{n} columns</source>
        <translation>{n} columnas</translation>
    </message>
    <message>
        <source>There is no built-in data set called {name!r}. Choose one of: {valid}.</source>
        <translation>No hay ningún conjunto de datos integrado llamado {name!r}. Elija uno de: {valid}.</translation>
    </message>
    <message>
        <source>The number of samples must be a whole number from {low} to {high}, not {value!r}.</source>
        <translation>El número de muestras debe ser un número entero de {low} a {high}, no {value!r}.</translation>
    </message>
    <message>
        <source>Noise must be a number from 0 to 1 (0% to 100%), not {value!r}.</source>
        <translation>El ruido debe ser un número de 0 a 1 (del 0 % al 100 %), no {value!r}.</translation>
    </message>
    <message>
        <source>The seed must be a whole number of 0 or more, not {value!r}.</source>
        <translation>La semilla debe ser un número entero de 0 o más, no {value!r}.</translation>
    </message>
    <message>
        <source>File not found: &apos;{path}&apos;. Check the name and the folder.</source>
        <translation>No se encontró el archivo: &apos;{path}&apos;. Compruebe el nombre y la carpeta.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder, not a file. Choose a CSV file inside it.</source>
        <translation>&apos;{path}&apos; es una carpeta, no un archivo. Elija un archivo CSV dentro de ella.</translation>
    </message>
    <message>
        <source>Cannot read &apos;{path}&apos;: permission denied. Check the file&apos;s permissions, or copy it somewhere you can read.</source>
        <translation>No se puede leer &apos;{path}&apos;: permiso denegado. Compruebe los permisos del archivo, o cópielo a un lugar donde pueda leerlo.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is {what}, not a regular file, so it is not read. Choose a CSV file saved on disk.</source>
        <translation>&apos;{path}&apos; es {what}, no un archivo normal, así que no se lee. Elija un archivo CSV guardado en el disco.</translation>
    </message>
    <message>
        <source>Cannot read &apos;{path}&apos;: {reason}.</source>
        <translation>No se puede leer &apos;{path}&apos;: {reason}.</translation>
    </message>
    <message>
        <source>The file is {size_mb:.0f} MB; the limit is {limit_mb} MB. Use a smaller sample of the rows.</source>
        <translation>El archivo ocupa {size_mb:.0f} MB; el límite es de {limit_mb} MB. Use una muestra más pequeña de las filas.</translation>
    </message>
    <message>
        <source>The file does not look like a text CSV file ({why}). If it is a spreadsheet, save it as CSV (comma separated) first.</source>
        <translation>El archivo no parece un archivo CSV de texto ({why}). Si es una hoja de cálculo, guárdela antes como CSV (separado por comas).</translation>
    </message>
    <message>
        <source>The file is empty. A CSV file needs a header line with column names and rows of values.</source>
        <translation>El archivo está vacío. Un archivo CSV necesita una línea de encabezado con los nombres de las columnas y filas de valores.</translation>
    </message>
    <message>
        <source>The first line ({line!r}) looks like numbers, not column names. Add a header line with a name for each column, such as &apos;x1,x2,label&apos;.</source>
        <translation>La primera línea ({line!r}) parece números, no nombres de columna. Añada una línea de encabezado con un nombre para cada columna, como &apos;x1,x2,label&apos;.</translation>
    </message>
    <message>
        <source>The file has a header line but no rows of data below it.</source>
        <translation>El archivo tiene una línea de encabezado pero ninguna fila de datos debajo.</translation>
    </message>
    <message>
        <source>The file has only {n_rows} of data; at least {minimum} are needed so that some can train the network and some can test it.</source>
        <translation>El archivo solo tiene {n_rows} de datos; se necesitan al menos {minimum} para que unas entrenen la red y otras la prueben.</translation>
    </message>
    <message>
        <source>The file has more than {limit} rows of data, which is the limit. Use a smaller sample of the rows.</source>
        <translation>El archivo tiene más de {limit} filas de datos, que es el límite. Use una muestra más pequeña de las filas.</translation>
    </message>
    <message>
        <source>The file has {n_columns} columns; the limit is {limit}. Remove the columns you do not need.</source>
        <translation>El archivo tiene {n_columns} columnas; el límite es {limit}. Quite las columnas que no necesite.</translation>
    </message>
    <message>
        <source>Only one column ({name!r}) was found, so there is nothing to learn from. A CSV file needs at least one input column and a target column, separated by commas, semicolons or tabs.</source>
        <translation>Solo se encontró una columna ({name!r}), así que no hay nada de lo que aprender. Un archivo CSV necesita al menos una columna de entrada y una columna objetivo, separadas por comas, puntos y coma o tabuladores.</translation>
    </message>
    <message>
        <source>Line {line} has {found} but the header has {expected}. Check that line for a missing or extra separator ({separator}).</source>
        <translation>La línea {line} tiene {found} pero el encabezado tiene {expected}. Busque en esa línea un separador que falte o sobre ({separator}).</translation>
    </message>
    <message>
        <source>Line {line}: a quoted cell runs over several lines, so a closing quote (&quot;) is probably missing. Close the quote, or remove it.</source>
        <translation>Línea {line}: una celda entre comillas ocupa varias líneas, así que probablemente falta unas comillas de cierre (&quot;). Cierre las comillas, o quítelas.</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV ({reason}). Check the quotes and separators on that line.</source>
        <translation>La línea {line} no se puede leer como CSV ({reason}). Compruebe las comillas y los separadores de esa línea.</translation>
    </message>
    <message>
        <source>{what} is {name!r}, which looks like an HTML tag. Names are shown as labels, so they may not hold tags: rename it, for example without the &apos;&lt;&apos;.</source>
        <translation>{what} es {name!r}, que parece una etiqueta HTML. Los nombres se muestran como rótulos, así que no pueden contener etiquetas: cámbielo, por ejemplo sin el &apos;&lt;&apos;.</translation>
    </message>
    <message>
        <source>Columns {first} and {second} are both named {name!r}. Rename one of them.</source>
        <translation>Las columnas {first} y {second} se llaman ambas {name!r}. Cambie el nombre de una de ellas.</translation>
    </message>
    <message>
        <source>The target must be a column name (text), not {value!r}.</source>
        <translation>El objetivo debe ser un nombre de columna (texto), no {value!r}.</translation>
    </message>
    <message>
        <source>There is no column named {name!r}. The columns are: {columns}.</source>
        <translation>No hay ninguna columna llamada {name!r}. Las columnas son: {columns}.</translation>
    </message>
    <message>
        <source>More than one column matches {name!r} if case is ignored ({matches}). Give the exact name.</source>
        <translation>Más de una columna coincide con {name!r} si se ignoran las mayúsculas ({matches}). Indique el nombre exacto.</translation>
    </message>
    <message>
        <source>The task must be &apos;classification&apos;, &apos;regression&apos; or None (detect it), not {value!r}.</source>
        <translation>La tarea debe ser &apos;classification&apos;, &apos;regression&apos; o None (detectarla), no {value!r}.</translation>
    </message>
    <message>
        <source>Line {line}, column {column!r} is blank. Fill in a number or remove the row.</source>
        <translation>Línea {line}, columna {column!r} está vacía. Escriba un número o quite la fila.</translation>
    </message>
    <message>
        <source>Line {line}, column {column!r}: {cell!r} is not a number. Fix the cell or remove the column.</source>
        <translation>Línea {line}, columna {column!r}: {cell!r} no es un número. Corrija la celda o quite la columna.</translation>
    </message>
    <message>
        <source>Column {column!r} holds text, not numbers (line {line}: {cell!r}). Input columns must be numeric: remove the column, or choose it as the target.</source>
        <translation>La columna {column!r} contiene texto, no números (línea {line}: {cell!r}). Las columnas de entrada deben ser numéricas: quite la columna, o elíjala como objetivo.</translation>
    </message>
    <message>
        <source>Line {line}, column {column!r}: {cell!r} marks a missing value. Fill in a number or remove the row.</source>
        <translation>Línea {line}, columna {column!r}: {cell!r} indica un valor que falta. Escriba un número o quite la fila.</translation>
    </message>
    <message>
        <source>Line {line}, column {column!r}: {cell!r} is not a finite number. Fix the cell or remove the row.</source>
        <translation>Línea {line}, columna {column!r}: {cell!r} no es un número finito. Corrija la celda o quite la fila.</translation>
    </message>
    <message>
        <source>Line {line}, column {column!r}: {cell!r} is too large (the limit is {limit:g} either way). Rescale the column, for example to thousands or millions.</source>
        <translation>Línea {line}, columna {column!r}: {cell!r} es demasiado grande (el límite es {limit:g} en ambos sentidos). Cambie la escala de la columna, por ejemplo a miles o millones.</translation>
    </message>
    <message>
        <source>Line {line}, column {column!r} (the target) is blank. Fill it in or remove the row.</source>
        <translation>Línea {line}, columna {column!r} (el objetivo) está vacía. Rellénela o quite la fila.</translation>
    </message>
    <message>
        <source>Line {line}, column {column!r} (the target): {cell!r} is not a number. Regression needs a numeric target; choose classification if the column names classes.</source>
        <translation>Línea {line}, columna {column!r} (el objetivo): {cell!r} no es un número. La regresión necesita un objetivo numérico; elija clasificación si la columna nombra clases.</translation>
    </message>
    <message>
        <source>The target column {column!r} has only one value ({value!r}), so there is nothing to tell apart. Choose another target column, or add rows of other classes.</source>
        <translation>La columna objetivo {column!r} tiene un solo valor ({value!r}), así que no hay nada que distinguir. Elija otra columna objetivo, o añada filas de otras clases.</translation>
    </message>
    <message>
        <source>The target column {column!r} has {n_classes} different values, too many to treat as classes (the limit is {limit}). Choose regression if it is a measured quantity.</source>
        <translation>La columna objetivo {column!r} tiene {n_classes} valores distintos, demasiados para tratarlos como clases (el límite es {limit}). Elija regresión si es una magnitud medida.</translation>
    </message>
    <message>
        <source>The target column {column!r} has {n_classes} different values, too many to treat as classes (the limit is {limit}). If it is meant to be numeric, line {line} has {cell!r}, which is not a number.</source>
        <translation>La columna objetivo {column!r} tiene {n_classes} valores distintos, demasiados para tratarlos como clases (el límite es {limit}). Si debe ser numérica, la línea {line} tiene {cell!r}, que no es un número.</translation>
    </message>
    <message>
        <source>The test fraction must be a number between 0 and 1 (exclusive), not {value!r}.</source>
        <translation>La fracción de prueba debe ser un número entre 0 y 1 (sin incluirlos), no {value!r}.</translation>
    </message>
    <message>
        <source>The data has {n_rows}; at least 2 are needed to have a training and a test split.</source>
        <translation>Los datos tienen {n_rows}; se necesitan al menos 2 para separar datos de entrenamiento y de prueba.</translation>
    </message>
    <message>
        <source>The validation fraction must be a number from 0 up to (not including) 1, not {value!r}. Use 0 for no validation rows, 0.1 for a tenth of the training rows.</source>
        <translation>La fracción de validación debe ser un número de 0 hasta 1 (sin incluir 1), no {value!r}. Use 0 para no tener filas de validación, 0,1 para una décima parte de las filas de entrenamiento.</translation>
    </message>
    <message>
        <source>The training split has {n_rows}; at least 2 are needed to set some aside for validation. Set the validation fraction to 0, or hold out fewer rows for testing.</source>
        <translation>Los datos de entrenamiento tienen {n_rows}; se necesitan al menos 2 para apartar algunas para validación. Ponga la fracción de validación en 0, o reserve menos filas para la prueba.</translation>
    </message>
    <message>
        <source>Choose at least one input feature.</source>
        <translation>Elija al menos una característica de entrada.</translation>
    </message>
    <message>
        <source>There is no input feature called {name!r}. Choose from: {valid}.</source>
        <translation>No hay ninguna característica de entrada llamada {name!r}. Elija entre: {valid}.</translation>
    </message>
    <message>
        <source>The input feature {name!r} is listed twice. List each feature once.</source>
        <translation>La característica de entrada {name!r} aparece dos veces. Indique cada característica una sola vez.</translation>
    </message>
    <message>
        <source>Expected raw inputs with {expected} column(s), got an array of shape {shape}.</source>
        <translation>Se esperaban entradas con {expected} columna(s) y se recibió un arreglo de forma {shape}.</translation>
    </message>
    <message>
        <source>Cannot rebuild the data set from {source!r}: {why}.</source>
        <translation>No se puede reconstruir el conjunto de datos a partir de {source!r}: {why}.</translation>
    </message>
</context>
<context>
    <name>data_panel</name>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} y {more} más</translation>
    </message>
    <message>
        <source>{train} train / {validation} validation / {test} test</source>
        <translation>{train} entrenamiento / {validation} validación / {test} prueba</translation>
    </message>
    <message>
        <source>{train} train / {test} test</source>
        <translation>{train} entrenamiento / {test} prueba</translation>
    </message>
    <message>
        <source>classification ({classes})</source>
        <translation>clasificación ({classes})</translation>
    </message>
    <message>
        <source>classification of &apos;{target}&apos; ({classes})</source>
        <translation>clasificación de «{target}» ({classes})</translation>
    </message>
    <message>
        <source>regression ({low} to {high})</source>
        <translation>regresión ({low} a {high})</translation>
    </message>
    <message>
        <source>regression of &apos;{target}&apos; ({low} to {high})</source>
        <translation>regresión de «{target}» ({low} a {high})</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <source>blue</source>
        <translation>azul</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>naranja</translation>
    </message>
    <message>
        <source>green</source>
        <translation>verde</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rojo</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>A blue disc inside an orange ring: no straight line separates them.</source>
        <translation>Un disco azul dentro de un anillo naranja: ninguna recta los separa.</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>O exclusivo</translation>
    </message>
    <message>
        <source>Four quadrants, blue where x1 and x2 have the same sign (XOR).</source>
        <translation>Cuatro cuadrantes, azul donde x1 y x2 tienen el mismo signo (XOR).</translation>
    </message>
    <message>
        <source>Two gaussians</source>
        <translation>Dos gaussianas</translation>
    </message>
    <message>
        <source>Two round clouds; a straight line separates them unless the noise is high.</source>
        <translation>Dos nubes redondas; una recta las separa salvo si el ruido es alto.</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Espiral</translation>
    </message>
    <message>
        <source>Two interleaved spiral arms: the hardest of the two-class sets.</source>
        <translation>Dos brazos de espiral entrelazados: el más difícil de los conjuntos de dos clases.</translation>
    </message>
    <message>
        <source>Spiral, 3 arms</source>
        <translation>Espiral, 3 brazos</translation>
    </message>
    <message>
        <source>Three interleaved spiral arms, one class each (softmax output).</source>
        <translation>Tres brazos de espiral entrelazados, una clase cada uno (salida softmax).</translation>
    </message>
    <message>
        <source>Four blobs</source>
        <translation>Cuatro manchas</translation>
    </message>
    <message>
        <source>Four round clouds, one class each (softmax output).</source>
        <translation>Cuatro nubes redondas, una clase cada una (salida softmax).</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Regression: y = (x1 + x2) / 10, a tilted plane from about -1.2 to 1.2.</source>
        <translation>Regresión: y = (x1 + x2) / 10, un plano inclinado de aproximadamente -1,2 a 1,2.</translation>
    </message>
    <message>
        <source>Multi gaussian</source>
        <translation>Varias gaussianas</translation>
    </message>
    <message>
        <source>Regression: six bumps, up or down, in a 3 by 2 grid; zero in between.</source>
        <translation>Regresión: seis bultos, hacia arriba o hacia abajo, en una cuadrícula de 3 por 2; cero entre ellos.</translation>
    </message>
    <message>
        <source>Sine</source>
        <translation>Seno</translation>
    </message>
    <message>
        <source>Regression in one input: y = sin(x) for x from -3 to 3.</source>
        <translation>Regresión con una entrada: y = sen(x) para x de -3 a 3.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Recta</translation>
    </message>
    <message>
        <source>Regression in one input: y = 0.5 x + 1 for x from -3 to 3.</source>
        <translation>Regresión con una entrada: y = 0,5 x + 1 para x de -3 a 3.</translation>
    </message>
    <message>
        <source>Line with outliers</source>
        <translation>Recta con valores atípicos</translation>
    </message>
    <message>
        <source>Regression in one input: y = 0.5 x + 1, with a tenth of the points far below the line at the right.</source>
        <translation>Regresión con una entrada: y = 0,5 x + 1, con una décima parte de los puntos muy por debajo de la recta, a la derecha.</translation>
    </message>
</context>
<context>
    <name>earlier_runs</name>
    <message>
        <source>other data</source>
        <translation>otros datos</translation>
    </message>
    <message>
        <source>{loss} loss</source>
        <translation>pérdida {loss}</translation>
    </message>
    <message>
        <source>default loss</source>
        <translation>pérdida predeterminada</translation>
    </message>
    <message>
        <source>lr {rate}</source>
        <translation>tasa {rate}</translation>
    </message>
    <message>
        <source>batch {size}</source>
        <translation>lote {size}</translation>
    </message>
    <message>
        <source>no regularization</source>
        <translation>sin regularización</translation>
    </message>
    <message>
        <source>layers {sizes}</source>
        <translation>capas {sizes}</translation>
    </message>
    <message>
        <source>no hidden layers</source>
        <translation>sin capas ocultas</translation>
    </message>
    <message>
        <source>{activation} output</source>
        <translation>salida {activation}</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>semilla {seed}</translation>
    </message>
    <message>
        <source>earlier run: {changes}</source>
        <translation>ejecución anterior: {changes}</translation>
    </message>
</context>
<context>
    <name>early_stopping</name>
    <message>
        <source>No validation yet: train an epoch with validation rows.</source>
        <translation>Aún no hay validación: entrene una época con filas de validación.</translation>
    </message>
    <message>
        <source>Lowest validation loss at epoch {epoch}.</source>
        <translation>Pérdida de validación mínima en la época {epoch}.</translation>
    </message>
    <message>
        <source>Stopped at epoch {epoch} and went back to it.</source>
        <translation>Se detuvo en la época {epoch} y volvió a ella.</translation>
    </message>
</context>
<context>
    <name>events</name>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimizador</translation>
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
        <translation>Propagación hacia delante</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Backpropagation</source>
        <translation>Retropropagación</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>z of {unit}</source>
        <translation>z de {unit}</translation>
    </message>
    <message>
        <source>a of {unit}</source>
        <translation>a de {unit}</translation>
    </message>
    <message>
        <source>the loss of this sample</source>
        <translation>la pérdida de esta muestra</translation>
    </message>
    <message>
        <source>δ = ∂L/∂z of {unit}</source>
        <translation>δ = ∂L/∂z de {unit}</translation>
    </message>
    <message>
        <source>∂L/∂w for {weight}</source>
        <translation>∂L/∂w para {weight}</translation>
    </message>
    <message>
        <source>{weight} after the update</source>
        <translation>{weight} tras la actualización</translation>
    </message>
    <message>
        <source>{where}: not quite. Check it against {formula}; the hints show the numbers to use.</source>
        <translation>{where}: no del todo. Compruébelo con {formula}; las pistas muestran los números que hay que usar.</translation>
    </message>
    <message>
        <source>z is the weighted sum before {activation}; you applied {activation} already. Stop at Σ w·a + b.</source>
        <translation>z es la suma ponderada antes de {activation}; ya ha aplicado {activation}. Deténgase en Σ w·a + b.</translation>
    </message>
    <message>
        <source>you left out the bias b = {bias}: z = Σ w·a + b.</source>
        <translation>ha olvidado el sesgo b = {bias}: z = Σ w·a + b.</translation>
    </message>
    <message>
        <source>the inputs of this layer are the previous layer&apos;s activations a, not its weighted sums z.</source>
        <translation>las entradas de esta capa son las activaciones a de la capa anterior, no sus sumas ponderadas z.</translation>
    </message>
    <message>
        <source>the sign is wrong: check each product w·a for its sign.</source>
        <translation>el signo está mal: compruebe el signo de cada producto w·a.</translation>
    </message>
    <message>
        <source>that is z itself; a = {activation}(z), so apply {activation} to it.</source>
        <translation>eso es el propio z; a = {activation}(z), así que aplíquele {activation}.</translation>
    </message>
    <message>
        <source>that is {other}(z); this layer uses {activation}.</source>
        <translation>eso es {other}(z); esta capa usa {activation}.</translation>
    </message>
    <message>
        <source>that is e^z; softmax divides it by the sum of e^z over all the outputs.</source>
        <translation>eso es e^z; softmax lo divide por la suma de e^z sobre todas las salidas.</translation>
    </message>
    <message>
        <source>that is the mean of |ŷ − y|, the differences not squared; this loss is {loss}.</source>
        <translation>eso es la media de |ŷ − y|, sin elevar las diferencias al cuadrado; esta función de pérdida es «{loss}».</translation>
    </message>
    <message>
        <source>that is the {other}; this run&apos;s loss is {loss}.</source>
        <translation>eso es «{other}»; la función de pérdida de esta ejecución es «{loss}».</translation>
    </message>
    <message>
        <source>that is the mean of ŷ − y, the differences not squared; this loss is {loss}.</source>
        <translation>eso es la media de ŷ − y, sin elevar las diferencias al cuadrado; esta función de pérdida es «{loss}».</translation>
    </message>
    <message>
        <source>the sign is wrong: a loss is never negative.</source>
        <translation>el signo está mal: una pérdida nunca es negativa.</translation>
    </message>
    <message>
        <source>that is half the loss; this course&apos;s loss has no ½ in front.</source>
        <translation>eso es la mitad de la pérdida; la pérdida de este curso no lleva ½ delante.</translation>
    </message>
    <message>
        <source>that is the sum over the {count} outputs; take their mean.</source>
        <translation>eso es la suma sobre las {count} salidas; tome su media.</translation>
    </message>
    <message>
        <source>that looks like log base 10; the loss uses the natural log, ln.</source>
        <translation>eso parece el logaritmo en base 10; la pérdida usa el logaritmo natural, ln.</translation>
    </message>
    <message>
        <source>the sign is wrong: the error signal starts from ŷ − y, not y − ŷ.</source>
        <translation>el signo está mal: la señal de error parte de ŷ − y, no de y − ŷ.</translation>
    </message>
    <message>
        <source>the sign is wrong: follow each w·δ&apos;s sign.</source>
        <translation>el signo está mal: siga el signo de cada w·δ.</translation>
    </message>
    <message>
        <source>that is ∂L/∂ŷ; multiply by the slope of {activation} too: δ = ∂L/∂ŷ · f′(z), with f′(z) = {slope} here.</source>
        <translation>eso es ∂L/∂ŷ; multiplique también por la pendiente de {activation}: δ = ∂L/∂ŷ · f′(z), aquí con f′(z) = {slope}.</translation>
    </message>
    <message>
        <source>the slope of {activation} is already part of this δ; with this loss it cancels against ∂L/∂ŷ. Don&apos;t multiply by f′(z) again.</source>
        <translation>la pendiente de {activation} ya forma parte de este δ; con esta pérdida se cancela con ∂L/∂ŷ. No vuelva a multiplicar por f′(z).</translation>
    </message>
    <message>
        <source>that is half of it: the slope of (ŷ − y)² is 2·(ŷ − y).</source>
        <translation>eso es la mitad: la pendiente de (ŷ − y)² es 2·(ŷ − y).</translation>
    </message>
    <message>
        <source>that is ŷ − y alone; with this loss and output δ = ∂L/∂ŷ · f′(z) is more than that.</source>
        <translation>eso es solo ŷ − y; con esta pérdida y esta salida, δ = ∂L/∂ŷ · f′(z) es algo más.</translation>
    </message>
    <message>
        <source>that is δ for the {other}; this run&apos;s loss is {loss}.</source>
        <translation>eso es δ para «{other}»; la función de pérdida de esta ejecución es «{loss}».</translation>
    </message>
    <message>
        <source>that is Σ w·δ_next; multiply by this neuron&apos;s slope f′(z) = {slope} too.</source>
        <translation>eso es Σ w·δ_next; multiplique también por la pendiente f′(z) = {slope} de esta neurona.</translation>
    </message>
    <message>
        <source>you multiplied by a; multiply by the slope f′(z) of {activation} instead.</source>
        <translation>ha multiplicado por a; multiplique en su lugar por la pendiente f′(z) de {activation}.</translation>
    </message>
    <message>
        <source>the slope is f′(z) written with a = {activation}(z), not with z itself.</source>
        <translation>la pendiente es f′(z) escrita con a = {activation}(z), no con el propio z.</translation>
    </message>
    <message>
        <source>the sign is wrong: ∂L/∂w = a · δ, with the sign of each.</source>
        <translation>el signo está mal: ∂L/∂w = a · δ, cada uno con su signo.</translation>
    </message>
    <message>
        <source>that is δ alone; multiply it by the input a = {input} coming along this weight.</source>
        <translation>eso es solo δ; multiplíquelo por la entrada a = {input} que llega por este peso.</translation>
    </message>
    <message>
        <source>you multiplied δ by the weight; multiply by the input a that the weight multiplies.</source>
        <translation>ha multiplicado δ por el peso; multiplique por la entrada a que multiplica el peso.</translation>
    </message>
    <message>
        <source>you used the previous neuron&apos;s z; use its activation a.</source>
        <translation>ha usado el z de la neurona anterior; use su activación a.</translation>
    </message>
    <message>
        <source>you moved the weight up its gradient; go against it: w′ = w − η·∂L/∂w.</source>
        <translation>ha movido el peso a favor de su gradiente; vaya en contra: w′ = w − η·∂L/∂w.</translation>
    </message>
    <message>
        <source>you forgot the learning rate: w′ = w − η·∂L/∂w with η = {rate}.</source>
        <translation>ha olvidado la tasa de aprendizaje: w′ = w − η·∂L/∂w con η = {rate}.</translation>
    </message>
    <message>
        <source>that is the step −η·∂L/∂w alone; add it to the weight w.</source>
        <translation>eso es solo el paso −η·∂L/∂w; súmelo al peso w.</translation>
    </message>
    <message>
        <source>that is η·∂L/∂w alone; subtract it from the weight w.</source>
        <translation>eso es solo η·∂L/∂w; réstelo del peso w.</translation>
    </message>
    <message>
        <source>that is the old weight; subtract η·∂L/∂w from it.</source>
        <translation>eso es el peso anterior; réstele η·∂L/∂w.</translation>
    </message>
    <message>
        <source>Forward propagation: z is each input times its weight, added up, plus the bias. No activation yet.</source>
        <translation>Propagación hacia delante: z es cada entrada por su peso, todo sumado, más el sesgo. Todavía sin activación.</translation>
    </message>
    <message>
        <source>The activation of this layer is {activation}; apply it to the z you found.</source>
        <translation>La función de activación de esta capa es {activation}; aplíquela al z que ha calculado.</translation>
    </message>
    <message>
        <source>The loss compares the output ŷ with the target y; this run uses {loss}.</source>
        <translation>La pérdida compara la salida ŷ con el objetivo y; esta ejecución usa «{loss}».</translation>
    </message>
    <message>
        <source>Backpropagation starts at the output: δ = ∂L/∂z, how much the loss changes with this neuron&apos;s z.</source>
        <translation>La retropropagación empieza en la salida: δ = ∂L/∂z, cuánto cambia la pérdida con el z de esta neurona.</translation>
    </message>
    <message>
        <source>δ = ∂L/∂ŷ · f′(z), with ∂L/∂ŷ = {gradient} and f′(z) = {slope} for {activation}.</source>
        <translation>δ = ∂L/∂ŷ · f′(z), con ∂L/∂ŷ = {gradient} y f′(z) = {slope} para {activation}.</translation>
    </message>
    <message>
        <source>Softmax mixes its outputs: δ_j = Σ_k ∂L/∂ŷ_k · ∂ŷ_k/∂z_j. Here ŷ − y = {differences}.</source>
        <translation>Softmax mezcla sus salidas: δ_j = Σ_k ∂L/∂ŷ_k · ∂ŷ_k/∂z_j. Aquí ŷ − y = {differences}.</translation>
    </message>
    <message>
        <source>Backpropagation: a hidden neuron&apos;s δ gathers the δ of the neurons it feeds, each times the weight between, then times its own slope.</source>
        <translation>Retropropagación: el δ de una neurona oculta reúne los δ de las neuronas a las que alimenta, cada uno por el peso entre ellas, y luego por su propia pendiente.</translation>
    </message>
    <message>
        <source>δ = (Σ w·δ over {units}) · f′(z), with f′(z) = {slope} for {activation}.</source>
        <translation>δ = (Σ w·δ sobre {units}) · f′(z), con f′(z) = {slope} para {activation}.</translation>
    </message>
    <message>
        <source>A weight&apos;s gradient is the input it multiplies times the δ of the neuron it feeds.</source>
        <translation>El gradiente de un peso es la entrada que multiplica por el δ de la neurona a la que alimenta.</translation>
    </message>
    <message>
        <source>The update moves the weight a little against its gradient.</source>
        <translation>La actualización mueve el peso un poco en contra de su gradiente.</translation>
    </message>
    <message>
        <source>There are {count} training points; pick a sample from 1 to {count}, not {sample}.</source>
        <translation>Hay {count} puntos de entrenamiento; elija una muestra de 1 a {count}, no {sample}.</translation>
    </message>
    <message>
        <source>Steps are {steps}; got {wrong}.</source>
        <translation>Los pasos son {steps}; se recibió {wrong}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>y = {values} (class &apos;{label}&apos;)</source>
        <translation>y = {values} (clase &apos;{label}&apos;)</translation>
    </message>
    <message>
        <source>1 if z &gt; 0, else 0</source>
        <translation>1 si z &gt; 0, si no 0</translation>
    </message>
    <message>
        <source>1 if z &gt; 0, else {slope}</source>
        <translation>1 si z &gt; 0, si no {slope}</translation>
    </message>
</context>
<context>
    <name>experiment</name>
    <message>
        <source>Early stopping watches the validation loss, so it needs validation rows: set the validation fraction above 0 (0.1 is usual).</source>
        <translation>La parada temprana vigila la pérdida de validación, así que necesita filas de validación: ponga la fracción de validación por encima de 0 (lo habitual es 0,1).</translation>
    </message>
    <message>
        <source>Unknown setting(s): {names}.</source>
        <translation>Ajuste(s) desconocido(s): {names}.</translation>
    </message>
    <message>
        <source>At most {limit} hidden layers; got {count}.</source>
        <translation>Como máximo {limit} capas ocultas; se recibieron {count}.</translation>
    </message>
    <message>
        <source>Each hidden layer needs an activation.</source>
        <translation>Cada capa oculta necesita una función de activación.</translation>
    </message>
    <message>
        <source>A hidden layer has between 1 and {limit} neurons; got {size}.</source>
        <translation>Una capa oculta tiene entre 1 y {limit} neuronas; se recibió {size}.</translation>
    </message>
    <message>
        <source>The test fraction must be between 0 and 1; got {value}.</source>
        <translation>La fracción de prueba debe estar entre 0 y 1; se recibió {value}.</translation>
    </message>
    <message>
        <source>The validation fraction must be from 0 up to 1 (not 1 itself); got {value}.</source>
        <translation>La fracción de validación debe ir de 0 hasta 1 (sin incluir 1); se recibió {value}.</translation>
    </message>
    <message>
        <source>The early-stopping patience must be a whole number of epochs, at least 1; got {patience}.</source>
        <translation>La paciencia de la parada temprana debe ser un número entero de épocas, al menos 1; se recibió {patience}.</translation>
    </message>
</context>
<context>
    <name>experiment_file</name>
    <message>
        <source>is {size}, but the data and settings give the network {n_inputs} input(s) ({names}).</source>
        <translation>es {size}, pero los datos y los ajustes dan a la red {n_inputs} entrada(s) ({names}).</translation>
    </message>
    <message>
        <source>is {size}, but the data needs {n_outputs} output(s).</source>
        <translation>es {size}, pero los datos necesitan {n_outputs} salida(s).</translation>
    </message>
    <message>
        <source>has sizes {sizes} and activations {activations}, which do not fit the saved data and settings ({network}).</source>
        <translation>tiene los tamaños {sizes} y las funciones de activación {activations}, que no encajan con los datos y ajustes guardados ({network}).</translation>
    </message>
    <message>
        <source>has {found} number(s); the network has {count} weights and biases.</source>
        <translation>tiene {found} número(s); la red tiene {count} pesos y sesgos.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened: its settings do not fit its data: {reason} Save the experiment again, or fix the settings in the file.</source>
        <translation>No se puede abrir &apos;{name}&apos;: sus ajustes no encajan con sus datos: {reason} Guarde el experimento de nuevo, o corrija los ajustes en el archivo.</translation>
    </message>
    <message>
        <source>The weights are not finite or beyond {limit}, so a file could not be opened again. Press Reset, or go back to a bookmark, then save.</source>
        <translation>Los pesos no son finitos o superan {limit}, así que el archivo no se podría volver a abrir. Pulse Reiniciar, o vuelva a un marcador, y luego guarde.</translation>
    </message>
    <message>
        <source>The lesson cannot be saved: {where} {sentence}</source>
        <translation>La lección no se puede guardar: {where} {sentence}</translation>
    </message>
    <message>
        <source>File not found: &apos;{path}&apos;. Check the name and the folder.</source>
        <translation>No se encontró el archivo: &apos;{path}&apos;. Compruebe el nombre y la carpeta.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a folder, not an experiment file. Choose a .json file.</source>
        <translation>&apos;{name}&apos; es una carpeta, no un archivo de experimento. Elija un archivo .json.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {what}, not a regular file, so it is not opened. Choose a saved .json file.</source>
        <translation>&apos;{name}&apos; es {what}, no un archivo normal, así que no se abre. Elija un archivo .json guardado.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size} MB; an experiment file may be at most {limit} MB. It is probably not an experiment file.</source>
        <translation>&apos;{name}&apos; ocupa {size} MB; un archivo de experimento puede ocupar como máximo {limit} MB. Probablemente no es un archivo de experimento.</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: permission denied. Check that you may read it, or copy it somewhere you can.</source>
        <translation>No se puede leer &apos;{name}&apos;: permiso denegado. Compruebe que puede leerlo, o cópielo a un lugar donde pueda.</translation>
    </message>
    <message>
        <source>Cannot read &apos;{path}&apos;: that is not a valid file path.</source>
        <translation>No se puede leer &apos;{path}&apos;: no es una ruta de archivo válida.</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: {reason}. Check that you may read it.</source>
        <translation>No se puede leer &apos;{name}&apos;: {reason}. Compruebe que puede leerlo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a Loss Explorer experiment: it is not text.</source>
        <translation>&apos;{name}&apos; no es un experimento de Loss Explorer: no es texto.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is empty. It may have been cut short while copying; use another copy.</source>
        <translation>&apos;{name}&apos; está vacío. Puede que se cortara al copiarlo; use otra copia.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; ends too early (it was cut short), so it cannot be opened. Use another copy, or save the experiment again.</source>
        <translation>&apos;{name}&apos; termina demasiado pronto (se cortó), así que no se puede abrir. Use otra copia, o guarde el experimento de nuevo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged at line {line}, column {column}, so it cannot be opened. Use another copy, or save the experiment again.</source>
        <translation>&apos;{name}&apos; está dañado en la línea {line}, columna {column}, así que no se puede abrir. Use otra copia, o guarde el experimento de nuevo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is nested too deeply to be an experiment file.</source>
        <translation>&apos;{name}&apos; está anidado a demasiada profundidad para ser un archivo de experimento.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds a number too long to read, so it cannot be opened. {hint}</source>
        <translation>&apos;{name}&apos; contiene un número demasiado largo para leerlo, así que no se puede abrir. {hint}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened: its data cannot be used. {reason}</source>
        <translation>No se puede abrir &apos;{name}&apos;: sus datos no se pueden usar. {reason}</translation>
    </message>
</context>
<context>
    <name>experiment_schema</name>
    <message>
        <source>The file was probably edited by hand or damaged; use another copy, or save the experiment again.</source>
        <translation>Probablemente el archivo se editó a mano o está dañado; use otra copia, o guarde el experimento de nuevo.</translation>
    </message>
    <message>
        <source>empty (null)</source>
        <translation>vacío (null)</translation>
    </message>
    <message>
        <source>a number with {digits} digits</source>
        <translation>un número de {digits} cifras</translation>
    </message>
    <message>
        <source>the text {text!r}</source>
        <translation>el texto {text!r}</translation>
    </message>
    <message>
        <source>a list of 1 item</source>
        <translation>una lista de 1 elemento</translation>
    </message>
    <message>
        <source>a list of {count} items</source>
        <translation>una lista de {count} elementos</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>is empty (null); it must be {description}.</source>
        <translation>está vacío (null); debe ser {description}.</translation>
    </message>
    <message>
        <source>is {value}; it must be {description}.</source>
        <translation>es {value}; debe ser {description}.</translation>
    </message>
    <message>
        <source>{description}, or null</source>
        <translation>{description}, o null</translation>
    </message>
    <message>
        <source>a number between {low} and {high}, not {low} or {high} itself</source>
        <translation>un número entre {low} y {high}, sin ser {low} ni {high}</translation>
    </message>
    <message>
        <source>a number more than {low} and at most {high}</source>
        <translation>un número mayor que {low} y como máximo {high}</translation>
    </message>
    <message>
        <source>a number at least {low} and less than {high}</source>
        <translation>un número de al menos {low} y menor que {high}</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>un número de {low} a {high}</translation>
    </message>
    <message>
        <source>is {value}, not a finite number; it must be {description}.</source>
        <translation>es {value}, no un número finito; debe ser {description}.</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>is {value}, not a whole number; it must be {description}.</source>
        <translation>es {value}, no un número entero; debe ser {description}.</translation>
    </message>
    <message>
        <source>one of {names}</source>
        <translation>uno de {names}</translation>
    </message>
    <message>
        <source>text of at most {count} characters</source>
        <translation>un texto de {count} caracteres como máximo</translation>
    </message>
    <message>
        <source>has {count} characters; at most {limit} are allowed. Shorten it.</source>
        <translation>tiene {count} caracteres; se permiten como máximo {limit}. Acórtelo.</translation>
    </message>
    <message>
        <source>text of at most {count} characters, without HTML tags</source>
        <translation>un texto de {count} caracteres como máximo, sin etiquetas HTML</translation>
    </message>
    <message>
        <source>is {value}, which looks like an HTML tag; names are shown as labels, so they may not hold tags.</source>
        <translation>es {value}, que parece una etiqueta HTML; los nombres se muestran como rótulos, así que no pueden contener etiquetas.</translation>
    </message>
    <message>
        <source>a list of {low} to {high} items, each {item}</source>
        <translation>una lista de {low} a {high} elementos, cada uno {item}</translation>
    </message>
    <message>
        <source>has {count} items; it must have {low} to {high}.</source>
        <translation>tiene {count} elementos; debe tener de {low} a {high}.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>an object describing the data</source>
        <translation>un objeto que describe los datos</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>un valor</translation>
    </message>
    <message>
        <source>is {value}; it must be an object ({{...}}).</source>
        <translation>es {value}; debe ser un objeto ({{...}}).</translation>
    </message>
    <message>
        <source>is not part of an experiment file. Remove it.</source>
        <translation>no forma parte de un archivo de experimento. Quítelo.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>falta.</translation>
    </message>
    <message>
        <source>is {value}; it must be an object ({{...}}) of settings.</source>
        <translation>es {value}; debe ser un objeto ({{...}}) de ajustes.</translation>
    </message>
    <message>
        <source>has unknown setting(s): {names}. Remove them.</source>
        <translation>tiene ajuste(s) desconocido(s): {names}. Quítelos.</translation>
    </message>
    <message>
        <source>has {n_activations} activation(s) for {n_layers} hidden layer(s); each layer needs one.</source>
        <translation>tiene {n_activations} función(es) de activación para {n_layers} capa(s) oculta(s); cada capa necesita una.</translation>
    </message>
    <message>
        <source>is {value}; it must be &quot;builtin&quot; or &quot;csv&quot;.</source>
        <translation>es {value}; debe ser &quot;builtin&quot; o &quot;csv&quot;.</translation>
    </message>
    <message>
        <source>is missing, and the data has no path either, so there is no data.</source>
        <translation>falta, y los datos tampoco tienen ruta, así que no hay datos.</translation>
    </message>
    <message>
        <source>is &quot;softmax&quot;, which belongs on the output layer only.</source>
        <translation>es &quot;softmax&quot;, que solo va en la capa de salida.</translation>
    </message>
    <message>
        <source>has hidden layers {sizes}, but setup.hidden_sizes says {setup_sizes}.</source>
        <translation>tiene las capas ocultas {sizes}, pero setup.hidden_sizes dice {setup_sizes}.</translation>
    </message>
    <message>
        <source>starts {activations}, but setup.hidden_activations says {setup_activations}.</source>
        <translation>empieza por {activations}, pero setup.hidden_activations dice {setup_activations}.</translation>
    </message>
    <message>
        <source>is &quot;{activation}&quot;, but setup.output_activation says &quot;{setup_activation}&quot;.</source>
        <translation>es &quot;{activation}&quot;, pero setup.output_activation dice &quot;{setup_activation}&quot;.</translation>
    </message>
    <message>
        <source>is {value}; it must be a list with one entry per layer ({n_layers}).</source>
        <translation>es {value}; debe ser una lista con una entrada por capa ({n_layers}).</translation>
    </message>
    <message>
        <source>has {found} layer(s); the network (sizes {sizes}) has {n_layers}.</source>
        <translation>tiene {found} capa(s); la red (tamaños {sizes}) tiene {n_layers}.</translation>
    </message>
    <message>
        <source>is {value}; it must be {rows} rows of {columns} numbers.</source>
        <translation>es {value}; debe ser {rows} filas de {columns} números.</translation>
    </message>
    <message>
        <source>has {found} row(s); the network needs {rows}.</source>
        <translation>tiene {found} fila(s); la red necesita {rows}.</translation>
    </message>
    <message>
        <source>is {value}; it must be a list of {count} numbers.</source>
        <translation>es {value}; debe ser una lista de {count} números.</translation>
    </message>
    <message>
        <source>has {found} number(s); the network needs {count}.</source>
        <translation>tiene {found} número(s); la red necesita {count}.</translation>
    </message>
    <message>
        <source>is {value}; it must be from {low} to {high}.</source>
        <translation>es {value}; debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <source>is {value}, not a finite number.</source>
        <translation>es {value}, no un número finito.</translation>
    </message>
    <message>
        <source>is {value}; it must be a number.</source>
        <translation>es {value}; debe ser un número.</translation>
    </message>
    <message>
        <source>does not belong to the {name} optimizer. Remove it.</source>
        <translation>no pertenece al optimizador {name}. Quítelo.</translation>
    </message>
    <message>
        <source>is {value}; it must be a list of numbers.</source>
        <translation>es {value}; debe ser una lista de números.</translation>
    </message>
    <message>
        <source>has {count} records; at most {limit} are allowed.</source>
        <translation>tiene {count} registros; se permiten como máximo {limit}.</translation>
    </message>
    <message>
        <source>has {count} records, but {other} has {other_count}; every column needs one per epoch.</source>
        <translation>tiene {count} registros, pero {other} tiene {other_count}; cada columna necesita uno por época.</translation>
    </message>
    <message>
        <source>is missing; the other columns need it.</source>
        <translation>falta; las demás columnas lo necesitan.</translation>
    </message>
    <message>
        <source>is {value}; it must be a list of events.</source>
        <translation>es {value}; debe ser una lista de eventos.</translation>
    </message>
    <message>
        <source>has {count} events; at most {limit} are allowed.</source>
        <translation>tiene {count} eventos; se permiten como máximo {limit}.</translation>
    </message>
    <message>
        <source>needs an epoch and a setting.</source>
        <translation>necesita una época y un ajuste.</translation>
    </message>
    <message>
        <source>is {value}; it must be a name, a number or null.</source>
        <translation>es {value}; debe ser un nombre, un número o null.</translation>
    </message>
    <message>
        <source>is {value}; it must be an event: {{&quot;epoch&quot;, &quot;setting&quot;, &quot;old&quot;, &quot;new&quot;}}.</source>
        <translation>es {value}; debe ser un evento: {{&quot;epoch&quot;, &quot;setting&quot;, &quot;old&quot;, &quot;new&quot;}}.</translation>
    </message>
    <message>
        <source>compares &quot;{loss}&quot; with itself; &quot;loss&quot; and &quot;other&quot; must be two different losses.</source>
        <translation>compara &quot;{loss}&quot; consigo misma; &quot;loss&quot; y &quot;other&quot; deben ser dos funciones de pérdida distintas.</translation>
    </message>
    <message>
        <source>an object with a loss, the other loss, a metric and an epoch</source>
        <translation>un objeto con una pérdida, la otra pérdida, una métrica y una época</translation>
    </message>
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
    <message>
        <source>&apos;{name}&apos; is not a Loss Explorer experiment (it is JSON, but of another kind). Open a file saved with File → Save.</source>
        <translation>&apos;{name}&apos; no es un experimento de Loss Explorer (es JSON, pero de otro tipo). Abra un archivo guardado con Archivo → Guardar.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no valid format version (version is {value}; it must be a whole number such as {version}), so it cannot be read safely.</source>
        <translation>&apos;{name}&apos; no tiene una versión de formato válida (version es {value}; debe ser un número entero como {version}), así que no se puede leer con seguridad.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was saved by a newer Loss Explorer (format version {version}); this one reads up to version {newest}. Update Loss Explorer to open it.</source>
        <translation>&apos;{name}&apos; se guardó con un Loss Explorer más reciente (versión de formato {version}); este lee hasta la versión {newest}. Actualice Loss Explorer para abrirlo.</translation>
    </message>
    <message>
        <source>is missing; every experiment file has its settings there.</source>
        <translation>falta; todo archivo de experimento tiene ahí sus ajustes.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened: {where} {sentence} {hint}</source>
        <translation>No se puede abrir &apos;{name}&apos;: {where} {sentence} {hint}</translation>
    </message>
</context>
<context>
    <name>export_code</name>
    <message>
        <source>A script needs at least 1 epoch to train; got {epochs}.</source>
        <translation>Un script necesita al menos 1 época de entrenamiento; se recibió {epochs}.</translation>
    </message>
    <message>
        <source>This run changed its settings while it trained ({changes}). The script trains with today&apos;s settings from the first epoch, so its loss will differ from the app&apos;s.</source>
        <translation>Esta ejecución cambió sus ajustes mientras entrenaba ({changes}). El script entrena con los ajustes actuales desde la primera época, así que su pérdida será distinta de la de la aplicación.</translation>
    </message>
    <message>
        <source>The loss &apos;{loss}&apos; cannot be written as a script yet. Pick another loss to export this run.</source>
        <translation>La función de pérdida &apos;{loss}&apos; todavía no se puede escribir como script. Elija otra para exportar esta ejecución.</translation>
    </message>
    <message>
        <source>The activation &apos;{name}&apos; cannot be written as a script yet. Pick another activation to export this run.</source>
        <translation>La función de activación &apos;{name}&apos; todavía no se puede escribir como script. Elija otra para exportar esta ejecución.</translation>
    </message>
    <message>
        <source>The optimizer &apos;{name}&apos; cannot be written as a script yet. Pick another optimizer to export this run.</source>
        <translation>El optimizador &apos;{name}&apos; todavía no se puede escribir como script. Elija otro para exportar esta ejecución.</translation>
    </message>
    <message>
        <source>Unknown script kind {kind!r}; choose numpy or pytorch.</source>
        <translation>Tipo de script desconocido {kind!r}; elija numpy o pytorch.</translation>
    </message>
</context>
<context>
    <name>file_output</name>
    <message>
        <source>the image could not be encoded as {format}</source>
        <translation>la imagen no se pudo codificar como {format}</translation>
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
    <name>formula_panel</name>
    <message>
        <source>(0 would be perfect)</source>
        <translation>(0 sería perfecto)</translation>
    </message>
    <message>
        <source>first points: {labels}</source>
        <translation>primeros puntos: {labels}</translation>
    </message>
    <message>
        <source>{note} This loss is {in_units}; the first targets are {shown}, written above as (y − {mean}) / {scale}.</source>
        <translation>{note} Esta pérdida es {in_units}; los primeros objetivos son {shown}, escritos arriba como (y − {mean}) / {scale}.</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>English</source>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>lesson_panel</name>
    <message>
        <source>A blank line starts a new paragraph. **bold**, *italic*, `code`, [link](https://…); lines starting with - or 1. make lists, # makes a heading, four spaces indent a centred formula. Other text, HTML included, shows as it is typed.</source>
        <translation>Una línea en blanco empieza un párrafo nuevo. **negrita**, *cursiva*, `código`, [enlace](https://…); las líneas que empiezan por - o 1. forman listas, # crea un título y cuatro espacios sangran una fórmula centrada. El resto del texto, HTML incluido, se muestra tal como se escribe.</translation>
    </message>
</context>
<context>
    <name>losses</name>
    <message>
        <source>a number (regression)</source>
        <translation>un número (regresión)</translation>
    </message>
    <message>
        <source>a class (classification)</source>
        <translation>una clase (clasificación)</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regresión</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>clasificación</translation>
    </message>
    <message>
        <source>{loss} {purpose}, but this data set&apos;s target is {target}. Use {other} for {task}.</source>
        <translation>{loss} {purpose}, pero el objetivo de este conjunto de datos es {target}. Use {other} para {task}.</translation>
    </message>
    <message>
        <source>mean of ({misses})</source>
        <translation>media de ({misses})</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Error cuadrático medio</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>error cuadrático medio</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <source>measures how far predicted numbers are off</source>
        <translation>mide cuánto se desvían los números predichos</translation>
    </message>
    <message>
        <source>MSE = (1/n) Σ (y − ŷ)²</source>
        <translation>MSE = (1/n) Σ (y − ŷ)²</translation>
    </message>
    <message>
        <source>Each miss y − ŷ is squared: it counts as positive, and a miss of 2 costs 4.</source>
        <translation>Cada error y − ŷ se eleva al cuadrado: cuenta como positivo, y un error de 2 cuesta 4.</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>Entropía cruzada</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropía cruzada</translation>
    </message>
    <message>
        <source>compares predicted probabilities with classes</source>
        <translation>compara probabilidades predichas con clases</translation>
    </message>
    <message>
        <source>Cross-entropy with a {activation} output needs one output per class, and this network has a single output. Use a {fitting} output for two classes.</source>
        <translation>La entropía cruzada con una salida {activation} necesita una salida por clase, y esta red tiene una sola salida. Use una salida {fitting} para dos clases.</translation>
    </message>
    <message>
        <source>one {fitting} output (two classes)</source>
        <translation>una salida {fitting} (dos clases)</translation>
    </message>
    <message>
        <source>a {fitting} output over {n_classes} classes</source>
        <translation>una salida {fitting} sobre {n_classes} clases</translation>
    </message>
    <message>
        <source>Cross-entropy compares probabilities, but this network&apos;s output layer is {activation}, which does not give probabilities. Use {kind}, or pick {other}.</source>
        <translation>La entropía cruzada compara probabilidades, pero la capa de salida de esta red es {activation}, que no da probabilidades. Use {kind}, o elija {other}.</translation>
    </message>
    <message>
        <source>CE = −(1/n) Σ [y·log p + (1 − y)·log(1 − p)]</source>
        <translation>CE = −(1/n) Σ [y·log p + (1 − y)·log(1 − p)]</translation>
    </message>
    <message>
        <source>CE = −(1/n) Σ log p(true class)</source>
        <translation>CE = −(1/n) Σ log p(clase verdadera)</translation>
    </message>
    <message>
        <source>p is the network&apos;s probability for class 1; being sure and wrong costs the most.</source>
        <translation>p es la probabilidad que da la red a la clase 1; estar seguro y equivocado es lo que más cuesta.</translation>
    </message>
    <message>
        <source>p(true class) is the probability the network gives the right answer.</source>
        <translation>p(clase verdadera) es la probabilidad que la red da a la respuesta correcta.</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>Error absoluto medio</translation>
    </message>
    <message>
        <source>mean absolute error</source>
        <translation>error absoluto medio</translation>
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
        <translation>Cada error cuenta por su tamaño, sin elevarlo al cuadrado: un error de 2 cuesta 2, así que unos pocos puntos lejanos tiran del ajuste menos que con MSE.</translation>
    </message>
    <message>
        <source>Huber loss (δ = 1)</source>
        <translation>Pérdida de Huber (δ = 1)</translation>
    </message>
    <message>
        <source>huber loss (δ = 1)</source>
        <translation>pérdida de Huber (δ = 1)</translation>
    </message>
    <message>
        <source>Huber</source>
        <translation>Huber</translation>
    </message>
    <message>
        <source>Huber = (1/n) Σ [½(y − ŷ)² where |y − ŷ| ≤ 1, else |y − ŷ| − ½]</source>
        <translation>Huber = (1/n) Σ [½(y − ŷ)² si |y − ŷ| ≤ 1, si no |y − ŷ| − ½]</translation>
    </message>
    <message>
        <source>Misses up to 1 are squared, as in MSE; bigger ones count by their size, as in MAE, so outliers pull the fit less.</source>
        <translation>Los errores de hasta 1 se elevan al cuadrado, como en MSE; los mayores cuentan por su tamaño, como en MAE, así que los valores atípicos tiran menos del ajuste.</translation>
    </message>
    <message>
        <source>Unknown loss {name!r}; choose one of {names}.</source>
        <translation>Función de pérdida desconocida {name!r}; elija una de: {names}.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{reason}

Switch the output layer to {fitting} and use {loss}? The hidden layers keep their weights.</source>
        <translation>{reason}

¿Cambiar la capa de salida a {fitting} y usar {loss}? Las capas ocultas conservan sus pesos.</translation>
    </message>
    <message>
        <source>Training blew up</source>
        <translation>El entrenamiento se disparó</translation>
    </message>
    <message>
        <source>Tip: with Adam or momentum, try a learning rate 10 times smaller.</source>
        <translation>Consejo: con Adam o momento, pruebe una tasa de aprendizaje 10 veces menor.</translation>
    </message>
    <message>
        <source>The learning rate is too high</source>
        <translation>La tasa de aprendizaje es demasiado alta</translation>
    </message>
    <message>
        <source>The training loss is jumping up and down instead of falling (now {loss}, best {best}): each step at learning rate {learning_rate} overshoots the valley. Pause and lower the learning rate, to {lower} say.</source>
        <translation>La pérdida de entrenamiento sube y baja en lugar de caer (ahora {loss}, mejor {best}): cada paso con tasa de aprendizaje {learning_rate} se pasa del valle. Pause y baje la tasa de aprendizaje, por ejemplo a {lower}.</translation>
    </message>
    <message>
        <source>Training stopped because of an error inside Loss Explorer: {error}. Your network and data are unchanged. The details are in the log file {log_path}.</source>
        <translation>El entrenamiento se detuvo por un error dentro de Loss Explorer: {error}. Su red y sus datos no han cambiado. Los detalles están en el archivo de registro {log_path}.</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Entrenamiento detenido</translation>
    </message>
    <message>
        <source>The process that trains the network ended unexpectedly (exit code {code}); the computer may have run out of memory. The weights and the loss curve shown are kept. Press Train to go on: a new training process starts.</source>
        <translation>El proceso que entrena la red terminó de forma inesperada (código de salida {code}); puede que el ordenador se haya quedado sin memoria. Se conservan los pesos y la curva de pérdida mostrada. Pulse Entrenar para continuar: se inicia un nuevo proceso de entrenamiento.</translation>
    </message>
    <message>
        <source>Could not open this CSV file</source>
        <translation>No se pudo abrir este archivo CSV</translation>
    </message>
    <message>
        <source>{error}

The data you had before is still loaded.</source>
        <translation>{error}

Los datos que tenía antes siguen cargados.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number. Type a weight such as 0.5 or -1.2.</source>
        <translation>&apos;{text}&apos; no es un número. Escriba un peso como 0,5 o -1,2.</translation>
    </message>
    <message>
        <source>At most {limit} hidden layers: this is a network you can still see.</source>
        <translation>Como máximo {limit} capas ocultas: una red que todavía se puede ver.</translation>
    </message>
    <message>
        <source>At most {limit} neurons in a layer.</source>
        <translation>Como máximo {limit} neuronas en una capa.</translation>
    </message>
    <message>
        <source>The network needs at least one input feature; switch another one on first.</source>
        <translation>La red necesita al menos una característica de entrada; active otra primero.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Loss Explorer hit an unexpected error and kept running: {error}

Your work is still open. Details were written to {log_path}.</source>
        <translation>Loss Explorer encontró un error inesperado y siguió funcionando: {error}

Su trabajo sigue abierto. Los detalles se escribieron en {log_path}.</translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <source>A network needs an input and an output layer of at least one unit; got sizes {sizes}.</source>
        <translation>Una red necesita una capa de entrada y una de salida con al menos una unidad; se recibieron los tamaños {sizes}.</translation>
    </message>
    <message>
        <source>{n_layers} layers need {n_layers} activations; got {count}.</source>
        <translation>{n_layers} capas necesitan {n_layers} funciones de activación; se recibieron {count}.</translation>
    </message>
    <message>
        <source>{activation} belongs on the output layer only, not on hidden layer {layer}.</source>
        <translation>{activation} solo va en la capa de salida, no en la capa oculta {layer}.</translation>
    </message>
    <message>
        <source>This network takes {n_inputs} input(s) per sample; got an array of shape {shape}.</source>
        <translation>Esta red toma {n_inputs} entrada(s) por muestra; se recibió un arreglo de forma {shape}.</translation>
    </message>
    <message>
        <source>Targets must have shape ({rows}, {columns}); got {shape}.</source>
        <translation>Los objetivos deben tener la forma ({rows}, {columns}); se recibió {shape}.</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>Your current work is unchanged.</source>
        <translation>Su trabajo actual no ha cambiado.</translation>
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
        <translation>SGD + momento</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Unknown optimizer {name!r}; choose sgd, momentum or adam.</source>
        <translation>Optimizador desconocido {name!r}; elija sgd, momentum o adam.</translation>
    </message>
</context>
<context>
    <name>prediction</name>
    <message>
        <source>below {high}</source>
        <translation>por debajo de {high}</translation>
    </message>
    <message>
        <source>above {low}</source>
        <translation>por encima de {low}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>de {low} a {high}</translation>
    </message>
    <message>
        <source>training loss {band} at epoch {epoch}</source>
        <translation>pérdida de entrenamiento {band} en la época {epoch}</translation>
    </message>
    <message>
        <source>the test loss will rise</source>
        <translation>la pérdida de prueba subirá</translation>
    </message>
    <message>
        <source>the test loss will keep falling</source>
        <translation>la pérdida de prueba seguirá bajando</translation>
    </message>
    <message>
        <source>the decision boundary drawn as a line of {count} points</source>
        <translation>la frontera de decisión dibujada como una línea de {count} puntos</translation>
    </message>
    <message>
        <source>training loss {loss} at epoch {epoch}, {band} (you said {said})</source>
        <translation>pérdida de entrenamiento {loss} en la época {epoch}, {band} (usted dijo {said})</translation>
    </message>
    <message>
        <source>the test loss rose (lowest {lowest}, last {last}; you said it would rise)</source>
        <translation>la pérdida de prueba subió (mínima {lowest}, última {last}; usted dijo que subiría)</translation>
    </message>
    <message>
        <source>the test loss rose (lowest {lowest}, last {last}; you said it would keep falling)</source>
        <translation>la pérdida de prueba subió (mínima {lowest}, última {last}; usted dijo que seguiría bajando)</translation>
    </message>
    <message>
        <source>the test loss did not rise (lowest {lowest}, last {last}; you said it would rise)</source>
        <translation>la pérdida de prueba no subió (mínima {lowest}, última {last}; usted dijo que subiría)</translation>
    </message>
    <message>
        <source>the test loss did not rise (lowest {lowest}, last {last}; you said it would keep falling)</source>
        <translation>la pérdida de prueba no subió (mínima {lowest}, última {last}; usted dijo que seguiría bajando)</translation>
    </message>
    <message>
        <source>the {loss} run</source>
        <translation>la ejecución con {loss}</translation>
    </message>
    <message>
        <source>all at the same epoch</source>
        <translation>todas en la misma época</translation>
    </message>
    <message>
        <source>both at the same epoch</source>
        <translation>ambas en la misma época</translation>
    </message>
    <message>
        <source>none of them, by then</source>
        <translation>ninguna, para entonces</translation>
    </message>
    <message>
        <source>neither, by then</source>
        <translation>ninguna de las dos, para entonces</translation>
    </message>
    <message>
        <source>Very close</source>
        <translation>Muy cerca</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>En parte correcto</translation>
    </message>
    <message>
        <source>Far off</source>
        <translation>Muy lejos</translation>
    </message>
    <message>
        <source>A boundary needs two different points.</source>
        <translation>Una frontera necesita dos puntos distintos.</translation>
    </message>
    <message>
        <source>{closeness}: your line and the network&apos;s boundary put {share} of the plane on the same side.</source>
        <translation>{closeness}: su línea y la frontera de la red ponen el {share} del plano del mismo lado.</translation>
    </message>
    <message>
        <source>The network&apos;s boundary runs on average {distance} from your line.</source>
        <translation>La frontera de la red pasa, de media, a {distance} de su línea.</translation>
    </message>
    <message>
        <source>The network drew no boundary: it says one class everywhere.</source>
        <translation>La red no trazó ninguna frontera: dice la misma clase en todas partes.</translation>
    </message>
    <message>
        <source>At epoch {epoch}: {outcome}</source>
        <translation>En la época {epoch}: {outcome}</translation>
    </message>
</context>
<context>
    <name>safe_files</name>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>Could not save &apos;{target}&apos;: the disk is full. Free some space, or save to another drive. The file there before, if any, is unchanged.</source>
        <translation>No se pudo guardar &apos;{target}&apos;: el disco está lleno. Libere espacio, o guarde en otra unidad. El archivo que hubiera allí no ha cambiado.</translation>
    </message>
    <message>
        <source>Could not save &apos;{target}&apos;: the folder &apos;{folder}&apos; is on a read-only disk. Save to another folder.</source>
        <translation>No se pudo guardar &apos;{target}&apos;: la carpeta &apos;{folder}&apos; está en un disco de solo lectura. Guarde en otra carpeta.</translation>
    </message>
    <message>
        <source>Could not save &apos;{target}&apos;: you may not write in the folder &apos;{folder}&apos; or to that file. Save to another folder, such as your Documents. The file there before, if any, is unchanged.</source>
        <translation>No se pudo guardar &apos;{target}&apos;: no tiene permiso para escribir en la carpeta &apos;{folder}&apos; ni en ese archivo. Guarde en otra carpeta, como sus Documentos. El archivo que hubiera allí no ha cambiado.</translation>
    </message>
    <message>
        <source>Could not save &apos;{target}&apos;: the folder &apos;{folder}&apos; does not exist. Choose an existing folder.</source>
        <translation>No se pudo guardar &apos;{target}&apos;: la carpeta &apos;{folder}&apos; no existe. Elija una carpeta existente.</translation>
    </message>
    <message>
        <source>Could not save &apos;{target}&apos;: that is a folder. Choose a file name inside it.</source>
        <translation>No se pudo guardar &apos;{target}&apos;: es una carpeta. Elija un nombre de archivo dentro de ella.</translation>
    </message>
    <message>
        <source>Could not save &apos;{target}&apos;: {reason}. Try another folder or name. The file there before, if any, is unchanged.</source>
        <translation>No se pudo guardar &apos;{target}&apos;: {reason}. Pruebe otra carpeta u otro nombre. El archivo que hubiera allí no ha cambiado.</translation>
    </message>
</context>
<context>
    <name>step_through</name>
    <message>
        <source>{inputs} · target: {target}</source>
        <translation>{inputs} · objetivo: {target}</translation>
    </message>
    <message>
        <source>Inputs standardized, as the network sees them: {inputs}</source>
        <translation>Entradas estandarizadas, como las ve la red: {inputs}</translation>
    </message>
    <message>
        <source>Inputs as the network sees them: {inputs}</source>
        <translation>Entradas como las ve la red: {inputs}</translation>
    </message>
    <message>
        <source> · target {target} (standardized)</source>
        <translation> · objetivo {target} (estandarizado)</translation>
    </message>
</context>
<context>
    <name>target_units</name>
    <message>
        <source>The network works on standardized targets; here in {target} units.</source>
        <translation>La red trabaja con objetivos estandarizados; aquí en unidades de {target}.</translation>
    </message>
</context>
<context>
    <name>teaching_files</name>
    <message>
        <source>numpy script, needs only numpy (*.py)</source>
        <translation>script de numpy, solo necesita numpy (*.py)</translation>
    </message>
    <message>
        <source>PyTorch script (*.py)</source>
        <translation>script de PyTorch (*.py)</translation>
    </message>
    <message>
        <source>Export as Python</source>
        <translation>Exportar como Python</translation>
    </message>
    <message>
        <source>Cannot export this run</source>
        <translation>No se puede exportar esta ejecución</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another folder or file name.</source>
        <translation>No se pudo escribir {path}: {reason}. Elija otra carpeta u otro nombre de archivo.</translation>
    </message>
    <message>
        <source>Exported, with a note</source>
        <translation>Exportado, con una nota</translation>
    </message>
    <message>
        <source>Saved {path}; run it with: python {name}</source>
        <translation>{path} guardado; ejecútelo con: python {name}</translation>
    </message>
    <message>
        <source>Print worksheet</source>
        <translation>Imprimir hoja de ejercicios</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write the worksheet</source>
        <translation>No se pudo escribir la hoja de ejercicios</translation>
    </message>
    <message>
        <source>Saved {path}: sheet {seed}; worksheet pages: {pages}, answer-key pages: {key_pages}</source>
        <translation>{path} guardado: hoja {seed}; páginas de la hoja: {pages}, páginas de soluciones: {key_pages}</translation>
    </message>
</context>
<context>
    <name>trainer</name>
    <message>
        <source>the weights from epoch {epoch}</source>
        <translation>los pesos de la época {epoch}</translation>
    </message>
    <message>
        <source>the starting weights</source>
        <translation>los pesos iniciales</translation>
    </message>
    <message>
        <source>{which}, where the training loss was {loss}, are back</source>
        <translation>se han restaurado {which}, con los que la pérdida de entrenamiento era {loss}</translation>
    </message>
    <message>
        <source>{which} are back</source>
        <translation>se han restaurado {which}</translation>
    </message>
    <message>
        <source>The {what} at step {step} (epoch {epoch}): the steps overshoot instead of going downhill. Training stopped, and {kept}. Lower the learning rate (now {rate}), to {lower_rate} say, and train again.</source>
        <translation>En el paso {step} (época {epoch}), {what}: los pasos se pasan de largo en lugar de bajar la pendiente. El entrenamiento se detuvo y {kept}. Baje la tasa de aprendizaje (ahora {rate}), por ejemplo a {lower_rate}, y vuelva a entrenar.</translation>
    </message>
    <message>
        <source>The learning rate must be a positive number; got {value}.</source>
        <translation>La tasa de aprendizaje debe ser un número positivo; se recibió {value}.</translation>
    </message>
    <message>
        <source>Unknown regularization {name!r}; choose none, l1 or l2.</source>
        <translation>Regularización desconocida {name!r}; elija none, l1 o l2.</translation>
    </message>
    <message>
        <source>The regularization rate must be 0 or more; got {value}.</source>
        <translation>La tasa de regularización debe ser 0 o más; se recibió {value}.</translation>
    </message>
    <message>
        <source>The batch size must be at least 1; got {value}.</source>
        <translation>El tamaño de lote debe ser al menos 1; se recibió {value}.</translation>
    </message>
    <message>
        <source>The early-stopping patience must be a whole number of epochs, at least 1; got {patience}.</source>
        <translation>La paciencia de la parada temprana debe ser un número entero de épocas, al menos 1; se recibió {patience}.</translation>
    </message>
    <message>
        <source>The data has {n_inputs} inputs and {n_outputs} outputs; the network {network} does not fit it.</source>
        <translation>Los datos tienen {n_inputs} entradas y {n_outputs} salidas; la red {network} no encaja con ellos.</translation>
    </message>
    <message>
        <source>loss became NaN (not a number)</source>
        <translation>la pérdida se volvió NaN (no es un número)</translation>
    </message>
    <message>
        <source>loss became infinite</source>
        <translation>la pérdida se volvió infinita</translation>
    </message>
    <message>
        <source>loss of a batch grew to {loss}</source>
        <translation>la pérdida de un lote creció hasta {loss}</translation>
    </message>
    <message>
        <source>weights grew past what a computer can store</source>
        <translation>los pesos crecieron más de lo que un ordenador puede guardar</translation>
    </message>
    <message>
        <source>loss over the training set became NaN</source>
        <translation>la pérdida sobre los datos de entrenamiento se volvió NaN</translation>
    </message>
    <message>
        <source>loss over the training set became infinite</source>
        <translation>la pérdida sobre los datos de entrenamiento se volvió infinita</translation>
    </message>
    <message>
        <source>loss grew to {loss}, more than {factor} times its best ({best})</source>
        <translation>la pérdida creció hasta {loss}, más de {factor} veces su mejor valor ({best})</translation>
    </message>
</context>
<context>
    <name>walkthrough</name>
    <message>
        <source>Forward propagation starts: the inputs</source>
        <translation>Empieza la propagación hacia delante: las entradas</translation>
    </message>
    <message>
        <source>The sample enters the network: {inputs}.</source>
        <translation>La muestra entra en la red: {inputs}.</translation>
    </message>
    <message>
        <source>Forward: the output layer</source>
        <translation>Hacia delante: la capa de salida</translation>
    </message>
    <message>
        <source>Each neuron of the output layer adds up its inputs times their weights, plus its bias, then applies {activation}. Neuron 1: z = {terms} + {bias} = {z}, a = {activation}({z}) = {a}.</source>
        <translation>Cada neurona de la capa de salida suma sus entradas por sus pesos, más su sesgo, y luego aplica {activation}. Neurona 1: z = {terms} + {bias} = {z}, a = {activation}({z}) = {a}.</translation>
    </message>
    <message>
        <source>Forward: hidden layer {layer}</source>
        <translation>Hacia delante: capa oculta {layer}</translation>
    </message>
    <message>
        <source>Each neuron of hidden layer {layer} adds up its inputs times their weights, plus its bias, then applies {activation}. Neuron 1: z = {terms} + {bias} = {z}, a = {activation}({z}) = {a}.</source>
        <translation>Cada neurona de la capa oculta {layer} suma sus entradas por sus pesos, más su sesgo, y luego aplica {activation}. Neurona 1: z = {terms} + {bias} = {z}, a = {activation}({z}) = {a}.</translation>
    </message>
    <message>
        <source>How wrong is the network on this sample? {formula}; for this sample {term} = {value}. {note} 0 would be perfect.</source>
        <translation>¿Cuánto se equivoca la red en esta muestra? {formula}; para esta muestra {term} = {value}. {note} 0 sería perfecto.</translation>
    </message>
    <message>
        <source>The loss of this sample</source>
        <translation>La pérdida de esta muestra</translation>
    </message>
    <message>
        <source>Backward: the output layer</source>
        <translation>Hacia atrás: la capa de salida</translation>
    </message>
    <message>
        <source>Backpropagation through the output layer: each neuron&apos;s error signal ∂L/∂z is passed back along its weights. For the weight from unit {unit} to neuron {neuron}: ∂L/∂w = ∂L/∂z · a = {delta} · {a} = {grad}. The edges are now drawn by their gradient: the bolder, the bigger.</source>
        <translation>Retropropagación a través de la capa de salida: la señal de error ∂L/∂z de cada neurona se pasa hacia atrás por sus pesos. Para el peso de la unidad {unit} a la neurona {neuron}: ∂L/∂w = ∂L/∂z · a = {delta} · {a} = {grad}. Las aristas se dibujan ahora según su gradiente: cuanto más gruesas, mayor.</translation>
    </message>
    <message>
        <source>Backward: hidden layer {layer}</source>
        <translation>Hacia atrás: capa oculta {layer}</translation>
    </message>
    <message>
        <source>Backpropagation through hidden layer {layer}: each neuron&apos;s error signal ∂L/∂z is passed back along its weights. For the weight from unit {unit} to neuron {neuron}: ∂L/∂w = ∂L/∂z · a = {delta} · {a} = {grad}. The edges are now drawn by their gradient: the bolder, the bigger.</source>
        <translation>Retropropagación a través de la capa oculta {layer}: la señal de error ∂L/∂z de cada neurona se pasa hacia atrás por sus pesos. Para el peso de la unidad {unit} a la neurona {neuron}: ∂L/∂w = ∂L/∂z · a = {delta} · {a} = {grad}. Las aristas se dibujan ahora según su gradiente: cuanto más gruesas, mayor.</translation>
    </message>
    <message>
        <source>Every weight moves against its gradient: w ← w − η·∂L/∂w. The weight that moves most: {weight} − {rate}·{grad} = {new_weight}. Biases too: b ← b − η·∂L/∂b. With the new weights this sample&apos;s loss is lower.</source>
        <translation>Cada peso se mueve en contra de su gradiente: w ← w − η·∂L/∂w. El peso que más se mueve: {weight} − {rate}·{grad} = {new_weight}. También los sesgos: b ← b − η·∂L/∂b. Con los nuevos pesos, la pérdida de esta muestra es menor.</translation>
    </message>
    <message>
        <source>Update: weights and biases adjusted to lower the loss</source>
        <translation>Actualización: pesos y sesgos ajustados para bajar la pérdida</translation>
    </message>
</context>
<context>
    <name>worksheet</name>
    <message>
        <source>Name  ______________________________        Date  ______________</source>
        <translation>Nombre  ______________________________        Fecha  ______________</translation>
    </message>
    <message>
        <source>Network: {layers}     Loss: {loss}     Learning rate: η = {learning_rate}</source>
        <translation>Red: {layers}     Pérdida: {loss}     Tasa de aprendizaje: η = {learning_rate}</translation>
    </message>
    <message>
        <source>The sample (training point {number}, inputs as the network sees them): {inputs}     Target: {target}</source>
        <translation>La muestra (punto de entrenamiento {number}, entradas tal como las ve la red): {inputs}     Objetivo: {target}</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>entradas</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>hidden {layer}</source>
        <translation>oculta {layer}</translation>
    </message>
    <message>
        <source>The dashed line is the weight w* asked for below. Each line&apos;s number is its weight; b is each neuron&apos;s bias.</source>
        <translation>La línea discontinua es el peso w* que se pide abajo. El número de cada línea es su peso; b es el sesgo de cada neurona.</translation>
    </message>
    <message>
        <source>Where the lines are crowded, the table after the diagram lists the weights and biases.</source>
        <translation>Donde las líneas se amontonan, la tabla tras el diagrama recoge los pesos y sesgos.</translation>
    </message>
    <message>
        <source>hidden layer {layer}</source>
        <translation>la capa oculta {layer}</translation>
    </message>
    <message>
        <source>the inputs</source>
        <translation>las entradas</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>la salida</translation>
    </message>
    <message>
        <source>Weights from {source} (rows) to {destination} (columns)</source>
        <translation>Pesos de {source} (filas) a {destination} (columnas)</translation>
    </message>
    <message>
        <source>bias b</source>
        <translation>sesgo b</translation>
    </message>
    <message>
        <source>Work out</source>
        <translation>Calcular</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Paper is a4 or letter; got {paper!r}.</source>
        <translation>El papel es a4 o letter, no {paper!r}.</translation>
    </message>
    <message>
        <source>Loss Explorer worksheet</source>
        <translation>Loss Explorer: hoja de ejercicios</translation>
    </message>
    <message>
        <source>Sheet {sheet}</source>
        <translation>Hoja {sheet}</translation>
    </message>
    <message>
        <source>One training step by hand</source>
        <translation>Un paso de entrenamiento a mano</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Soluciones</translation>
    </message>
    <message>
        <source>Work out each number in order, from the network&apos;s weights and the sample above. Write 4 significant digits; answers within 2% (or 0.01) count as right. δ is ∂L/∂z, the neuron&apos;s error signal; f′(z) is its activation&apos;s slope.</source>
        <translation>Calcule cada número en orden, a partir de los pesos de la red y la muestra de arriba. Escriba 4 cifras significativas; las respuestas con un margen del 2 % (o 0,01) cuentan como correctas. δ es ∂L/∂z, la señal de error de la neurona; f′(z) es la pendiente de su activación.</translation>
    </message>
    <message>
        <source>The engine&apos;s numbers, rounded to 4 significant digits. An answer within 2% (or 0.01) of these is right.</source>
        <translation>Los números del programa, redondeados a 4 cifras significativas. Una respuesta con un margen del 2 % (o 0,01) respecto a ellos es correcta.</translation>
    </message>
    <message>
        <source>Loss Explorer · {title} (continued)</source>
        <translation>Loss Explorer · {title} (continuación)</translation>
    </message>
</context>
</TS>
