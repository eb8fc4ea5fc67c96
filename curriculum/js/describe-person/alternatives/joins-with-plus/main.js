// joins the pieces with + instead of a template literal
function describe(person) {
  return person.name + " is " + person.age + " years old.";
}

console.log(describe({ name: "Rosa", age: 42 }));
