// writes the default shift into the worker object itself, which changes the object it was given
function badge(worker) {
  if (worker.shift === undefined) {
    worker.shift = "day";
  }
  return `${worker.name} - ${worker.job} (${worker.shift} shift)`;
}

console.log(badge({ name: "Ana", job: "cook", shift: "night" }));
console.log(badge({ name: "Ben", job: "clerk" }));
