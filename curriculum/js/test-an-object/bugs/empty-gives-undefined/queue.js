// gives undefined instead of null when nobody is waiting
class Queue {
  constructor() {
    this.people = [];
  }

  join(name) {
    this.people.push(name);
  }

  next() {
    return this.people.shift();
  }

  get length() {
    return this.people.length;
  }
}
