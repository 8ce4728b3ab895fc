/**
 * Runs before the page in the sandboxed renderer and gives it `window.briefing`, the only way it can
 * reach main. A sandboxed preload can load nothing but 'electron' and a few built-ins, so this file
 * imports types only; the lists it needs are written out here and checked against the contract and
 * bridge-channels.ts by the compiler.
 */
import type { IpcRendererEvent } from 'electron';
import type { AppEvent } from '../../shared/domain.ts';
import type { BriefingBridge } from '../../shared/ipc/bridge.ts';
import type { Channel } from '../../shared/ipc/contract.ts';
import type { Result } from '../../shared/result.ts';
import type { EVENT_CHANNEL, INVOKE_CHANNEL } from './bridge-channels.ts';

const { contextBridge, ipcRenderer } = require('electron') as typeof import('electron');

const invokeChannel: typeof INVOKE_CHANNEL = 'briefing:invoke';
const eventChannel: typeof EVENT_CHANNEL = 'briefing:event';

// Typed as a record over Channel: a channel added to or removed from the contract fails to compile here.
const allowedChannels: Readonly<Record<Channel, true>> = {
  'library:list': true,
  'library:listStart': true,
  'library:get': true,
  'library:delete': true,
  'library:setExempt': true,
  'library:prepareImport': true,
  'library:import': true,
  'search:query': true,
  'recommendations:list': true,
  'recommendations:history': true,
  'recommendations:update': true,
  'recommendations:add': true,
  'recommendations:split': true,
  'recommendations:merge': true,
  'recommendations:lastChange': true,
  'recommendations:undo': true,
  'recommendations:export': true,
  'settings:get': true,
  'settings:set': true,
  'annotations:list': true,
  'annotations:save': true,
  'annotations:delete': true,
  'annotations:tags': true,
  'annotations:export': true,
  'reader:original': true,
  'reader:position': true,
  'reader:savePosition': true,
  'versions:replace': true,
  'versions:list': true,
  'backup:create': true,
  'backup:restore': true,
  'meetings:list': true,
  'meetings:get': true,
  'meetings:create': true,
  'meetings:update': true,
  'meetings:delete': true,
  'meetings:addItem': true,
  'meetings:updateItem': true,
  'meetings:deleteItem': true,
  'meetings:reorderItems': true,
  'meetings:attach': true,
  'meetings:updateAttachment': true,
  'meetings:detach': true,
  'meetings:reorderDocuments': true,
  'packs:preview': true,
  'packs:build': true,
  'packs:editions': true,
  'packs:export': true,
};

const bridge: BriefingBridge = {
  invoke(channel, args) {
    if (typeof channel !== 'string' || !Object.hasOwn(allowedChannels, channel)) {
      const refusal: Result<unknown> = { ok: false, error: { code: 'invalid-input', message: `Unknown call: ${String(channel)}` } };
      return Promise.resolve(refusal);
    }
    return ipcRenderer.invoke(invokeChannel, channel, args) as Promise<Result<unknown>>;
  },
  onEvent(listener) {
    // The IPC event object stays here: it would hand the page a way to reply on raw channels.
    const forward = (_event: IpcRendererEvent, appEvent: AppEvent): void => listener(appEvent);
    ipcRenderer.on(eventChannel, forward);
    return () => {
      ipcRenderer.removeListener(eventChannel, forward);
    };
  },
};

contextBridge.exposeInMainWorld('briefing', bridge);
