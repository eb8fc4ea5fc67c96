// writes describe as an arrow function stored in a const
const describe = (person) => `${person.name} is ${person.age} years old.`;

console.log(describe({ name: "Rosa", age: 42 }));
