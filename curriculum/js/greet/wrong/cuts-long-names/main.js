// keeps only the first six letters of the name, so a long name is cut short
function greet(name) {
  return "Hello, " + name.slice(0, 6) + "!";
}

console.log(greet("Ana"));
