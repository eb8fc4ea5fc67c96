// leaves the full stop off the end of the sentence
function describe(person) {
  return `${person.name} is ${person.age} years old`;
}

console.log(describe({ name: "Rosa", age: 42 }));
