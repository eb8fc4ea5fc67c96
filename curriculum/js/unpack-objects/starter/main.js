function badge(worker) {
  // Your code here
  return "";
}

console.log(badge({ name: "Ana", job: "cook", shift: "night" }));
console.log(badge({ name: "Ben", job: "clerk" }));
