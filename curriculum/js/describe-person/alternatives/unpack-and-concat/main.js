// unpacks name and age in the parameter list and joins the text with concat
function describe({ name, age }) {
  return name.concat(" is ", age, " years old.");
}

console.log(describe({ name: "Rosa", age: 42 }));
