function area(width, length) {
  // Your code here
}

function perimeter(width, length) {
  // Your code here
}

console.log(area(3, 4), perimeter(3, 4));
