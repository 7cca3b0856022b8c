// The isolated-vm of this line, under the name that keeps it apart from the other lines' (see sandbox/src/node-lines.js).
module.exports = require("isolated-vm-5");
