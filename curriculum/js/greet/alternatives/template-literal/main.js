// builds the text with a template literal in backticks instead of +
function greet(name) {
  return `Hello, ${name}!`;
}

console.log(greet("Ana"));
