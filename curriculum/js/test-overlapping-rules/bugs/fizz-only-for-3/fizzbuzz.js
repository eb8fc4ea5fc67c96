// says "Fizz" only for 3 itself, not for the other numbers 3 goes into
function fizzBuzz(n) {
  if (n % 3 === 0 && n % 5 === 0) {
    return "FizzBuzz";
  } else if (n === 3) {
    return "Fizz";
  } else if (n % 5 === 0) {
    return "Buzz";
  }
  return String(n);
}
