// serves the person who joined last instead of the one who has waited longest
class Queue {
  constructor() {
    this.people = [];
  }

  join(name) {
    this.people.push(name);
  }

  next() {
    if (this.people.length === 0) {
      return null;
    }
    return this.people.pop();
  }

  get length() {
    return this.people.length;
  }
}
