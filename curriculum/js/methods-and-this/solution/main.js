class Account {
  constructor(owner) {
    this.owner = owner;
    this.balance = 0;
  }

  deposit(amount) {
    this.balance = this.balance + amount;
  }

  withdraw(amount) {
    if (amount <= this.balance) {
      this.balance = this.balance - amount;
      return true;
    }
    return false;
  }
}

const account = new Account("Ana");
account.deposit(50);
console.log(account.withdraw(30), account.balance);
