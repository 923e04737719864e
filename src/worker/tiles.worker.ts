/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { tileApi } from './tiles/tile-api';

Comlink.expose(tileApi);
