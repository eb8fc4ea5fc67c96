// puts the age where the name goes and the name where the age goes
function describe(person) {
  return `${person.age} is ${person.name} years old.`;
}

console.log(describe({ name: "Rosa", age: 42 }));
