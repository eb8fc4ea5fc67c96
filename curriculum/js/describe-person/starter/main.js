function describe(person) {
  // Your code here
  return "";
}

console.log(describe({ name: "Rosa", age: 42 }));
