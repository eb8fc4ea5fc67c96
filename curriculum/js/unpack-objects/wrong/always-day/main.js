// writes "day" into the text, ignoring the worker's shift
function badge(worker) {
  const { name, job } = worker;
  return `${name} - ${job} (day shift)`;
}
