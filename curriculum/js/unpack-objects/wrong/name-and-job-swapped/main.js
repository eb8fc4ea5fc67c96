// puts the job before the name in the text
function badge(worker) {
  const { name, job, shift = "day" } = worker;
  return `${job} - ${name} (${shift} shift)`;
}
