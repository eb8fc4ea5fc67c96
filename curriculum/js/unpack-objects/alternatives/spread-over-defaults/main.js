// spreads the worker over an object holding the default shift, then unpacks the result
function badge(worker) {
  const { name, job, shift } = { shift: "day", ...worker };
  return `${name} - ${job} (${shift} shift)`;
}

console.log(badge({ name: "Ana", job: "cook", shift: "night" }));
console.log(badge({ name: "Ben", job: "clerk" }));
