// Preloaded into the test LRS (node --import): xapi-statements calls app.listen(port) with no host,
// which listens on every interface. This makes every server in that process listen on 127.0.0.1 only,
// so the test LRS is never reachable from another machine.
import net from 'node:net';

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...args) {
  if (typeof args[0] === 'number' && typeof args[1] !== 'string') {
    args.splice(1, 0, '127.0.0.1');
  } else if (args[0] && typeof args[0] === 'object' && !args[0].path) {
    args[0] = { ...args[0], host: '127.0.0.1' };
  }
  return listen.apply(this, args);
};
