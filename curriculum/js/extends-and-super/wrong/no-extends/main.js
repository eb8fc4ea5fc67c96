// writes SaleItem as a class of its own, not built on Item, so it has no label() and is not an Item
class Item {
  constructor(name, price) {
    this.name = name;
    this.price = price;
  }

  label() {
    return this.name + " costs " + this.price;
  }
}

class SaleItem {
  constructor(name, price, discount) {
    this.name = name;
    this.price = price;
    this.discount = discount;
  }

  salePrice() {
    return this.price - this.discount;
  }
}
