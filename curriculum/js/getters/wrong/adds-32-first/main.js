// adds 32 before multiplying and dividing, instead of after
class Temperature {
  constructor(celsius) {
    this.celsius = celsius;
  }

  get fahrenheit() {
    return ((this.celsius + 32) * 9) / 5;
  }
}

const boiling = new Temperature(100);
console.log(boiling.fahrenheit);
