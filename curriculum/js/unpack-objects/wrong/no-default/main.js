// forgets the default, so a worker with no shift gets "(undefined shift)"
function badge(worker) {
  const { name, job, shift } = worker;
  return `${name} - ${job} (${shift} shift)`;
}
