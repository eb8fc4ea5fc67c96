// forgets the space after the comma, giving Hello,Ana!
function greet(name) {
  return "Hello," + name + "!";
}

console.log(greet("Ana"));
