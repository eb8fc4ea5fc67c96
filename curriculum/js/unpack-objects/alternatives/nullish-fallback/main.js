// reads the properties with dots and uses ?? for the missing shift
function badge(worker) {
  const shift = worker.shift ?? "day";
  return worker.name + " - " + worker.job + " (" + shift + " shift)";
}
