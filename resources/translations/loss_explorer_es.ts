<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
    <name>ValidationCurve</name>
    <message>
        <source>Train is measured on the rows the weights are fitted to, test on unseen rows: test rising while train falls means memorizing.</source>
        <translation>El entrenamiento se mide en las filas a las que se ajustan los pesos y la prueba en filas no vistas: si la prueba sube mientras el entrenamiento baja, la red memoriza.</translation>
    </message>
    <message>
        <source>Train falls because the weights fit those rows; validation and test are unseen rows, so when they rise while train falls, the network is memorizing.</source>
        <translation>El entrenamiento baja porque los pesos se ajustan a esas filas; validación y prueba son filas no vistas, así que si suben mientras el entrenamiento baja, la red está memorizando.</translation>
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
    <name>formatting</name>
    <message>
        <source>not a number</source>
        <translation>no es un número</translation>
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
        <source>the inputs</source>
        <translation>las entradas</translation>
    </message>
    <message>
        <source>hidden layer {layer}</source>
        <translation>la capa oculta {layer}</translation>
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
