function badge(worker) {
  const { name, job, shift = "day" } = worker;
  return `${name} - ${job} (${shift} shift)`;
}

console.log(badge({ name: "Ana", job: "cook", shift: "night" }));
console.log(badge({ name: "Ben", job: "clerk" }));
