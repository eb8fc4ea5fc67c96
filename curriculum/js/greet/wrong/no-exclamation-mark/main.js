// leaves out the exclamation mark at the end
function greet(name) {
  return "Hello, " + name;
}

console.log(greet("Ana"));
