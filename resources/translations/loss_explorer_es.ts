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
    <name>opening</name>
    <message>
        <source>Your current work is unchanged.</source>
        <translation>Su trabajo actual no ha cambiado.</translation>
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
</TS>
