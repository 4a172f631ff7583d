<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <translation>mostrar puntos de prueba</translation>
    </message>
    <message>
        <source>Also draw the test points, which the network never trains on (dark rim; training points have a white rim).</source>
        <translation>Dibujar también los puntos de prueba, con los que la red nunca entrena (borde oscuro; los de entrenamiento tienen borde blanco).</translation>
    </message>
    <message>
        <source>show squared errors</source>
        <translation>mostrar errores al cuadrado</translation>
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
    <name>lesson_panel</name>
    <message>
        <source>A blank line starts a new paragraph. **bold**, *italic*, `code`, [link](https://…); lines starting with - or 1. make lists, # makes a heading, four spaces indent a centred formula. Other text, HTML included, shows as it is typed.</source>
        <translation>Una línea en blanco empieza un párrafo nuevo. **negrita**, *cursiva*, `código`, [enlace](https://…); las líneas que empiezan por - o 1. forman listas, # crea un título y cuatro espacios sangran una fórmula centrada. El resto del texto, HTML incluido, se muestra tal como se escribe.</translation>
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
</TS>
